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
    private static final RunRecord RECORD = RunRecord.of(new dev.schemawright.contracts.tenant.ProjectRef("acme", "p"), RUN, 12, List.of());
    private static final List<ArtifactEntry> ARTIFACTS = List.of(new ArtifactEntry("design.md", 10, "ab", "text/markdown"));

    @Test
    void acceptedThenParsingThenIngested() {
        RunRecord stored = RunRecord.of(RECORD.project(), RUN, 0, List.of(new RunRecord.Document("prd.md", "prd.md", null, false, null, null,
                null, 10, "ab", 0, "k")));
        RunProgress p = RunProgress.unknown("p", RUN).withIntake(stored);
        assertThat(p.isEmpty()).isFalse();
        assertThat(p.state()).isEqualTo(RunState.ACCEPTED);
        assertThat(p.stages()).extracting(s -> s.state().label()).containsExactly("pending", "pending", "pending");
        assertThat(p.stages().get(0).detail()).isEqualTo("1 documents stored, waiting to be read");
        p = p.parsing(1);
        assertThat(p.state()).isEqualTo(RunState.PARSING);
        assertThat(p.stages()).extracting(s -> s.state().label()).containsExactly("running", "pending", "pending");
        assertThat(p.parsing(1)).isEqualTo(p);
        RunProgress read = p.withRun(RECORD);
        assertThat(read.state()).isEqualTo(RunState.INGESTED);
        assertThat(read.parsing()).isFalse();
        assertThat(read.parsing(1).state()).as("a redelivered upload of a read run").isEqualTo(RunState.INGESTED);
        RunProgress unreadable = p.withFailure("f", new StageFailure("ingest", "corrupt-document: spec.pdf", List.of()), 1);
        assertThat(unreadable.state()).isEqualTo(RunState.FAILED);
        assertThat(unreadable.stages()).extracting(s -> s.state().label()).containsExactly("failed", "pending", "pending");
    }

    @Test
    void acceptedThenModeledThenPublished() {
        RunProgress p = RunProgress.unknown("p", RUN);
        assertThat(p.isEmpty()).isTrue();
        p = p.withRun(RECORD);
        assertThat(p.state()).isEqualTo(RunState.INGESTED);
        assertThat(p.stages()).extracting(StageProgress::state).extracting(RunProgress.StageState::label).containsExactly("done", "pending", "pending");
        assertThat(p.stages().get(0).detail()).isEqualTo("12 requirements published from 0 documents");
        p = p.withModelReady("m1", 1);
        assertThat(p.state()).isEqualTo(RunState.MODELED);
        p = p.withArtifacts("a1", ARTIFACTS);
        assertThat(p.state()).isEqualTo(RunState.PUBLISHED);
        assertThat(p.stages()).extracting(s -> s.state().label()).containsExactly("done", "done", "done");
    }

    @Test
    void eventsInAnyOrderAndTwiceGiveTheSameState() {
        RunProgress a = RunProgress.unknown("p", RUN).withArtifacts("a1", ARTIFACTS).withModelReady("m1", 1).withRun(RECORD);
        RunProgress b = RunProgress.unknown("p", RUN).withRun(RECORD).withModelReady("m1", 1).withModelReady("m1", 1)
                .withArtifacts("a1", ARTIFACTS).withArtifacts("a1", List.of());
        assertThat(a).isEqualTo(b);
        assertThat(a.artifacts()).isEqualTo(ARTIFACTS);
    }

    @Test
    void aFailureIsReportedOnceAtItsStageButPublishingWins() {
        StageFailure failure = new StageFailure("modeling-service", "no entities", List.of());
        RunProgress p = RunProgress.unknown("p", RUN).withRun(RECORD).withFailure("f1", failure, 1).withFailure("f1", failure, 1);
        assertThat(p.state()).isEqualTo(RunState.FAILED);
        assertThat(p.failures()).singleElement().extracting(StageFailure::stage).isEqualTo("modeling");
        assertThat(p.stages()).extracting(s -> s.state().label()).containsExactly("done", "failed", "pending");
        assertThat(p.withArtifacts("a1", ARTIFACTS).state()).isEqualTo(RunState.PUBLISHED);
    }

    @Test
    void unknownStagesAreListedToo() {
        RunProgress p = RunProgress.unknown("p", RUN).withFailure("f", new StageFailure("Billing", "quota", List.of()), 1);
        assertThat(p.stages()).extracting(StageProgress::name).containsExactly("ingest", "modeling", "render", "billing");
    }

    @Test
    void aRetryForgetsTheEarlierAttemptsFailuresAndIgnoresTheirLateOnes() {
        StageFailure timeout = new StageFailure("modeling", "design-time-exceeded", List.of());
        RunProgress failed = RunProgress.unknown("p", RUN).withRun(RECORD).withFailure("f1", timeout, 1);
        assertThat(failed.state()).isEqualTo(RunProgress.RunState.FAILED);
        RunProgress retried = failed.retried(2);
        // its documents were read before: the retry reads them again, and the run shows as ingested meanwhile
        assertThat(retried.state()).isEqualTo(RunProgress.RunState.INGESTED);
        assertThat(retried.withFailure("f1-late", timeout, 1).state()).as("stale").isEqualTo(RunProgress.RunState.INGESTED);
        assertThat(retried.withModelReady("m1", 1).modeled()).as("stale").isFalse();
        assertThat(retried.withModelReady("m2", 2).state()).isEqualTo(RunProgress.RunState.MODELED);
        // another instance retried: a failure of a later attempt moves this one forward too
        assertThat(RunProgress.unknown("p", RUN).withFailure("f3", timeout, 3).attempt()).isEqualTo(3);
    }
}
