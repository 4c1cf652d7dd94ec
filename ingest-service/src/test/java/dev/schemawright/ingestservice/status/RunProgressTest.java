package dev.schemawright.ingestservice.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.ingestservice.status.RunProgress.ArtifactEntry;
import dev.schemawright.ingestservice.status.RunProgress.RunState;
import dev.schemawright.ingestservice.status.RunProgress.StageFailure;
import dev.schemawright.ingestservice.status.RunProgress.StageProgress;
import dev.schemawright.ingestservice.store.RunRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunProgressTest {
    private static final String RUN = "0123456789abcdef01234567";
    private static final RunRecord RECORD = RunRecord.of("p", RUN, 12, List.of());
    private static final List<ArtifactEntry> ARTIFACTS = List.of(new ArtifactEntry("design.md", 10, "ab", "text/markdown"));

    @Test
    void acceptedThenModeledThenPublished() {
        RunProgress p = RunProgress.unknown("p", RUN);
        assertThat(p.isEmpty()).isTrue();
        p = p.withRun(RECORD);
        assertThat(p.state()).isEqualTo(RunState.ACCEPTED);
        assertThat(p.stages()).extracting(StageProgress::state).extracting(RunProgress.StageState::label).containsExactly("done", "pending", "pending");
        assertThat(p.stages().get(0).detail()).isEqualTo("12 requirements published from 0 documents");
        p = p.withModelReady("m1");
        assertThat(p.state()).isEqualTo(RunState.MODELED);
        p = p.withArtifacts("a1", ARTIFACTS);
        assertThat(p.state()).isEqualTo(RunState.PUBLISHED);
        assertThat(p.stages()).extracting(s -> s.state().label()).containsExactly("done", "done", "done");
    }

    @Test
    void eventsInAnyOrderAndTwiceGiveTheSameState() {
        RunProgress a = RunProgress.unknown("p", RUN).withArtifacts("a1", ARTIFACTS).withModelReady("m1").withRun(RECORD);
        RunProgress b = RunProgress.unknown("p", RUN).withRun(RECORD).withModelReady("m1").withModelReady("m1")
                .withArtifacts("a1", ARTIFACTS).withArtifacts("a1", List.of());
        assertThat(a).isEqualTo(b);
        assertThat(a.artifacts()).isEqualTo(ARTIFACTS);
    }

    @Test
    void aFailureIsReportedOnceAtItsStageButPublishingWins() {
        StageFailure failure = new StageFailure("modeling-service", "no entities", List.of());
        RunProgress p = RunProgress.unknown("p", RUN).withRun(RECORD).withFailure("f1", failure).withFailure("f1", failure);
        assertThat(p.state()).isEqualTo(RunState.FAILED);
        assertThat(p.failures()).singleElement().extracting(StageFailure::stage).isEqualTo("modeling");
        assertThat(p.stages()).extracting(s -> s.state().label()).containsExactly("done", "failed", "pending");
        assertThat(p.withArtifacts("a1", ARTIFACTS).state()).isEqualTo(RunState.PUBLISHED);
    }

    @Test
    void unknownStagesAreListedToo() {
        RunProgress p = RunProgress.unknown("p", RUN).withFailure("f", new StageFailure("Billing", "quota", List.of()));
        assertThat(p.stages()).extracting(StageProgress::name).containsExactly("ingest", "modeling", "render", "billing");
    }
}
