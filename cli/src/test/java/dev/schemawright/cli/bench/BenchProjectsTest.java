package dev.schemawright.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.cli.bench.BenchProjects.Corpus;
import dev.schemawright.cli.bench.BenchProjects.Project;
import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.requirement.RunIds;
import dev.schemawright.contracts.tenant.ProjectRef;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenchProjectsTest {
    static final Path DEV = Path.of("..", "corpus", "dev");

    @Test
    void everyGeneratedProjectHasItsOwnIdAndRunIdAndCyclesThroughTheCorpus() {
        Corpus corpus = Corpus.read(DEV);
        List<Project> projects = BenchProjects.generate(corpus, "bench-x-r", "bench-x", corpus.size() * 2 + 3);

        Set<String> ids = new HashSet<>();
        Set<String> runIds = new HashSet<>();
        Set<String> contentOnly = new HashSet<>();
        for (Project p : projects) {
            assertThat(Ids.isProjectId(p.projectId())).as(p.projectId()).isTrue();
            ids.add(p.projectId());
            runIds.add(RunIds.runId(new ProjectRef("bench", p.projectId()), p.documents()));
            // the same id for all: content alone must already differ, so nothing is found again by content
            contentOnly.add(RunIds.runId(new ProjectRef("bench", "same"), p.documents()));
        }
        assertThat(ids).hasSize(projects.size());
        assertThat(runIds).hasSize(projects.size());
        assertThat(contentOnly).hasSize(projects.size());
        assertThat(projects.get(0).source()).isEqualTo(projects.get(corpus.size()).source()).isEqualTo(corpus.names().get(0));
        assertThat(projects.stream().map(Project::source).distinct()).hasSize(corpus.size());
    }

    @Test
    void theMarkerIsAppendedToOneTextDocumentAndLeavesTheOthersAsTheyWere() {
        Corpus corpus = Corpus.read(DEV);
        Project p = BenchProjects.generate(corpus, "bench-y-r", "bench-y", 1).get(0);
        List<dev.schemawright.contracts.requirement.InputDocument> original = corpus.documents().get(0);
        int changed = 0;
        for (int i = 0; i < original.size(); i++) {
            byte[] before = original.get(i).content();
            byte[] after = p.documents().get(i).content();
            if (!java.util.Arrays.equals(before, after)) {
                changed++;
                assertThat(new String(after, java.nio.charset.StandardCharsets.UTF_8))
                        .startsWith(new String(before, java.nio.charset.StandardCharsets.UTF_8))
                        .endsWith("<!-- schemawright bench bench-y bench-y-r-0000 -->\n");
            }
        }
        assertThat(changed).isEqualTo(1);
    }
}
