package dev.schemawright.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.conformance.tools.RepositoryLayout;
import dev.schemawright.contracts.model.OpenQuestion;
import dev.schemawright.modeling.explain.Questions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @TestFactory
    Stream<DynamicContainer> answeringEveryQuestionAgainstItsAssumptionStillGivesArtifactsTheToolsAccept() throws IOException {
        List<Path> projects;
        try (Stream<Path> s = Files.list(RepositoryLayout.devCorpus())) {
            projects = s.filter(Files::isDirectory).sorted().toList();
        }
        return projects.stream().map(p -> ConformanceSuite.of(p.getFileName().toString(), () -> render(p)));
    }

    private static RenderedModel render(Path project) {
        ClarifiedDesigns.Pair pair = ClarifiedDesigns.of(project);
        // the kinds of question the clarify passes apply; the others (fields, history, limits, access...) are for the team to act on
        assertThat(pair.answered().openQuestions()).as(pair.projectId() + ": every question asked is answered under its id")
                .filteredOn(OpenQuestion::answered).extracting(OpenQuestion::id)
                .containsAll(pair.asked().openQuestions().stream().map(OpenQuestion::id).filter(Questions::applicable).toList());
        return RenderedModel.render(pair.projectId(), pair.answered(), out);
    }
}
