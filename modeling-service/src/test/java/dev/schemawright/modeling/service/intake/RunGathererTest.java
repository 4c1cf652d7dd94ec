package dev.schemawright.modeling.service.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemawright.contracts.event.RequirementEvent;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.requirement.RequirementKind;
import dev.schemawright.contracts.requirement.Scope;
import dev.schemawright.contracts.requirement.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunGathererTest {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final String RUN = "0123456789abcdef01234567";
    static final String OTHER_RUN = "fedcba9876543210fedcba98";

    final RunGatherer gatherer = new RunGatherer(3, 100, Duration.ofMinutes(1), 10);

    static RequirementEvent event(String project, String run, int seq, int total) {
        Requirement r = new Requirement("prd.md#L" + seq, RequirementKind.FUNCTIONAL, "requirement " + seq,
                new Source("prd.md", DocumentRole.PRD, List.of(), seq, seq), Scope.IN_SCOPE, Map.of());
        return RequirementEvent.of(project, run, seq, total, r);
    }

    @Test
    void completesOnceAllArriveInAnyOrderAndSortsBySeq() {
        assertThat(gatherer.accept(event("p", RUN, 3, 3), T0)).isEqualTo(new RunGatherer.Pending(1, 3));
        assertThat(gatherer.accept(event("p", RUN, 1, 3), T0)).isEqualTo(new RunGatherer.Pending(2, 3));
        RunGatherer.Outcome last = gatherer.accept(event("p", RUN, 2, 3), T0);

        assertThat(last).isInstanceOf(RunGatherer.Completed.class);
        RunGatherer.Completed done = (RunGatherer.Completed) last;
        assertThat(done.projectId()).isEqualTo("p");
        assertThat(done.requirements()).extracting(Requirement::text).containsExactly("requirement 1", "requirement 2", "requirement 3");
        assertThat(gatherer.openRuns()).isZero();
    }

    @Test
    void duplicatesAreDroppedBeforeAndAfterCompletion() {
        gatherer.accept(event("p", RUN, 1, 2), T0);
        assertThat(gatherer.accept(event("p", RUN, 1, 2), T0)).isInstanceOf(RunGatherer.Duplicate.class);
        assertThat(gatherer.accept(event("p", RUN, 2, 2), T0)).isInstanceOf(RunGatherer.Completed.class);
        // at-least-once redelivery after the run completed must not produce a second model
        assertThat(gatherer.accept(event("p", RUN, 2, 2), T0)).isInstanceOf(RunGatherer.Duplicate.class);
        assertThat(gatherer.accept(event("p", RUN, 1, 2), T0)).isInstanceOf(RunGatherer.Duplicate.class);
    }

    @Test
    void sameSeqUnderAnotherEventIdIsADuplicate() {
        RequirementEvent first = event("p", RUN, 1, 2);
        RequirementEvent renamed = new RequirementEvent("another-id", 1, "p", RUN, 1, 2, first.requirement());
        gatherer.accept(first, T0);
        assertThat(gatherer.accept(renamed, T0)).isInstanceOf(RunGatherer.Duplicate.class);
    }

    @Test
    void sameRunIdInTwoProjectsAreTwoRuns() {
        assertThat(gatherer.accept(event("a", RUN, 1, 1), T0)).isInstanceOf(RunGatherer.Completed.class);
        assertThat(gatherer.accept(event("b", RUN, 1, 1), T0)).isInstanceOf(RunGatherer.Completed.class);
    }

    @Test
    void anEventContradictingItsRunIsRejectedAsBadInput() {
        gatherer.accept(event("p", RUN, 1, 3), T0);
        assertThatThrownBy(() -> gatherer.accept(event("p", RUN, 2, 4), T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("total 4").hasMessageContaining("total 3");
    }

    @Test
    void oversizedRunsAreRejectedOnce() {
        RunGatherer.Outcome first = gatherer.accept(event("p", RUN, 1, 101), T0);
        assertThat(first).isInstanceOf(RunGatherer.Rejected.class);
        assertThat(((RunGatherer.Rejected) first).reason()).contains("101").contains("100");
        assertThat(gatherer.accept(event("p", RUN, 2, 101), T0)).isInstanceOf(RunGatherer.Duplicate.class);
        assertThat(gatherer.openRuns()).isZero();
    }

    @Test
    void idleRunsExpireOnceAndLaterEventsOfThemAreDropped() {
        gatherer.accept(event("p", RUN, 1, 2), T0);
        gatherer.accept(event("p", OTHER_RUN, 1, 2), T0.plusSeconds(50));

        assertThat(gatherer.expire(T0.plusSeconds(59))).isEmpty();
        List<RunGatherer.ExpiredRun> expired = gatherer.expire(T0.plusSeconds(61));
        assertThat(expired).singleElement().satisfies(e -> {
            assertThat(e.runId()).isEqualTo(RUN);
            assertThat(e.received()).isEqualTo(1);
            assertThat(e.total()).isEqualTo(2);
            assertThat(e.reason()).contains("1 of 2");
        });
        assertThat(gatherer.expire(T0.plusSeconds(62))).isEmpty();
        assertThat(gatherer.accept(event("p", RUN, 2, 2), T0.plusSeconds(63))).isInstanceOf(RunGatherer.Duplicate.class);
        assertThat(gatherer.openRuns()).isEqualTo(1);
    }

    @Test
    void openRunsAreBoundedByEvictingTheLeastRecentlyActive() {
        gatherer.accept(event("a", RUN, 1, 2), T0);
        gatherer.accept(event("b", RUN, 1, 2), T0.plusSeconds(1));
        gatherer.accept(event("c", RUN, 1, 2), T0.plusSeconds(2));
        gatherer.accept(event("a", RUN, 1, 2), T0.plusSeconds(3)); // a duplicate is not activity
        gatherer.accept(event("d", RUN, 1, 2), T0.plusSeconds(4));

        assertThat(gatherer.openRuns()).isEqualTo(3);
        assertThat(gatherer.expire(T0.plusSeconds(5))).extracting(RunGatherer.ExpiredRun::projectId).containsExactly("a");
    }

    @Test
    void finishedRunsAreRememberedBoundedly() {
        RunGatherer small = new RunGatherer(3, 100, Duration.ofMinutes(1), 2);
        small.accept(event("a", RUN, 1, 1), T0);
        small.accept(event("b", RUN, 1, 1), T0);
        small.accept(event("c", RUN, 1, 1), T0);
        // "a" fell out of the memory of finished runs: a very late redelivery is treated as a new run
        assertThat(small.accept(event("a", RUN, 1, 1), T0)).isInstanceOf(RunGatherer.Completed.class);
        assertThat(small.accept(event("c", RUN, 1, 1), T0)).isInstanceOf(RunGatherer.Duplicate.class);
    }
}
