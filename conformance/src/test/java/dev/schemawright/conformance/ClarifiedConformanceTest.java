package dev.schemawright.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.conformance.tools.RepositoryLayout;
import dev.schemawright.contracts.model.OpenQuestion;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.ingest.Ingestor;
import dev.schemawright.modeling.SchemaDesigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * Every dev project designed again with a clarifications.md that answers each of its open questions by id against
 * the assumption taken (one-to-many becomes many-to-many and back, optional parents required, shared tables private and
 * private ones shared, value lists extended), so the designs the clarify passes reshape are proven by the same tools.
 * Every question the first design asked is answered in the second, under the same id.
 */
class ClarifiedConformanceTest {
    static final Path out = RenderedModel.outputRoot("clarified");
    private static final Ingestor INGESTOR = new Ingestor();
    private static final SchemaDesigner DESIGNER = new SchemaDesigner();

    @TestFactory
    Stream<DynamicContainer> answeringEveryQuestionAgainstItsAssumptionStillGivesArtifactsTheToolsAccept() throws IOException {
        List<Path> projects;
        try (Stream<Path> s = Files.list(RepositoryLayout.devCorpus())) {
            projects = s.filter(Files::isDirectory).sorted().toList();
        }
        return projects.stream().map(p -> ConformanceSuite.of(p.getFileName().toString(), () -> render(p)));
    }

    private static RenderedModel render(Path project) {
        String projectId = project.getFileName().toString();
        List<InputDocument> documents = CorpusConformanceTest.documents(project);
        SchemaModel asked = DESIGNER.design(projectId, INGESTOR.ingest(documents).requirements());
        StringBuilder answers = new StringBuilder("# Clarifications\n\n");
        for (OpenQuestion q : asked.openQuestions()) {
            boolean values = q.id().startsWith("q-enum-") || q.id().startsWith("q-values-");
            // against the assumption: "No: each card has exactly one deck" is answered yes, "Yes: many-to-many" no
            answers.append("- ").append(q.id()).append(values ? ": no, it can also be 'other_value'.\n" : q.assumption().startsWith("No") ? ": yes\n" : ": no\n");
        }
        List<InputDocument> clarified = new ArrayList<>(documents);
        clarified.add(new InputDocument("clarifications.md", null, answers.toString().getBytes(StandardCharsets.UTF_8)));
        SchemaModel answered = DESIGNER.design(projectId, INGESTOR.ingest(clarified).requirements());
        assertThat(answered.openQuestions()).as(projectId + ": every question asked is answered under its id")
                .filteredOn(OpenQuestion::answered).extracting(OpenQuestion::id)
                .containsAll(asked.openQuestions().stream().map(OpenQuestion::id).toList());
        return RenderedModel.render(projectId, answered, out);
    }
}
