package dev.schemawright.conformance;

import dev.schemawright.contracts.model.OpenQuestion;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.ingest.Ingestor;
import dev.schemawright.modeling.SchemaDesigner;
import dev.schemawright.modeling.explain.Questions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A project designed twice, as a team iterates: from its documents, then again with a clarifications.md that answers
 * each open question of the first design the clarify passes apply by id, against the assumption it took (one-to-many becomes many-to-many and
 * back, optional parents required, shared tables private and private ones shared, value lists extended).
 */
public final class ClarifiedDesigns {
    private static final Ingestor INGESTOR = new Ingestor();
    private static final SchemaDesigner DESIGNER = new SchemaDesigner();

    /** The design before the answers, and after them. */
    public record Pair(String projectId, SchemaModel asked, SchemaModel answered) {
    }

    private ClarifiedDesigns() {
    }

    public static Pair of(Path project) {
        String projectId = project.getFileName().toString();
        List<InputDocument> documents = CorpusConformanceTest.documents(project);
        SchemaModel asked = DESIGNER.design(projectId, INGESTOR.ingest(documents).requirements());
        List<InputDocument> clarified = new ArrayList<>(documents);
        clarified.add(new InputDocument("clarifications.md", null, answers(asked).getBytes(StandardCharsets.UTF_8)));
        return new Pair(projectId, asked, DESIGNER.design(projectId, INGESTOR.ingest(clarified).requirements()));
    }

    /** A project whose second version's documents are a folder of their own (corpus/versions/NAME/v1 and v2). */
    public static Pair of(String projectId, Path before, Path after) {
        SchemaModel asked = DESIGNER.design(projectId, INGESTOR.ingest(CorpusConformanceTest.documents(before)).requirements());
        return new Pair(projectId, asked, DESIGNER.design(projectId, INGESTOR.ingest(CorpusConformanceTest.documents(after)).requirements()));
    }

    /** A clarifications document with every question of {@code asked} answered against its assumption. */
    public static String answers(SchemaModel asked) {
        StringBuilder answers = new StringBuilder("# Clarifications\n\n");
        // the kinds of question the clarify passes apply; the others (fields, history, limits, access...) are for the team to act on
        for (OpenQuestion q : asked.openQuestions().stream().filter(q -> Questions.applicable(q.id())).toList()) {
            boolean values = q.id().startsWith("q-enum-") || q.id().startsWith("q-values-");
            // against the assumption: "No: each card has exactly one deck" is answered yes, "Yes: many-to-many" no
            answers.append("- ").append(q.id()).append(values ? ": no, it can also be 'other_value'.\n" : q.assumption().startsWith("No") ? ": yes\n" : ": no\n");
        }
        return answers.toString();
    }

    /** The dev corpus's project folders, in name order. */
    public static List<Path> devProjects() {
        try {
            return CorpusConformanceTest.projects();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
