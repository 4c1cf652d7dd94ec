package dev.schemawright.modeling.service.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemawright.contracts.event.RequirementEvent;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.requirement.RequirementKind;
import dev.schemawright.contracts.requirement.Scope;
import dev.schemawright.contracts.requirement.Source;
import dev.schemawright.contracts.tenant.RunRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunGathererTest {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final String RUN = "0123456789abcdef01234567";
    static final String OTHER_RUN = "fedcba9876543210fedcba98";

    final RunGatherer<String> gatherer = new RunGatherer<>(3, 100, Duration.ofMinutes(1), 10);

    static RequirementEvent event(String project, String run, int seq, int total) {
        Requirement r = new Requirement("prd.md#L" + seq, RequirementKind.FUNCTIONAL, "requirement " + seq,
                new Source("prd.md", DocumentRole.PRD, List.of(), seq, seq), Scope.IN_SCOPE, Map.of());
        return RequirementEvent.of(new RunRef("acme", project, run, 1), seq, total, r);
    }

    /** Every event's receipt is its id: what the service acknowledges once the run's outcome is out. */
    static RunGatherer.Outcome<String> accept(RunGatherer<String> gatherer, RequirementEvent event, Instant at) {
        return gatherer.accept(event, event.eventId(), 0, at);
    }

    @Test
    void completesOnceAllArriveInAnyOrderAndSortsBySeq() {
        assertThat(accept(gatherer, event("p", RUN, 3, 3), T0)).isEqualTo(new RunGatherer.Pending<>(1, 3));
        assertThat(accept(gatherer, event("p", RUN, 1, 3), T0)).isEqualTo(new RunGatherer.Pending<>(2, 3));
        RunGatherer.Outcome<String> last = accept(gatherer, event("p", RUN, 2, 3), T0);

        assertThat(last).isInstanceOf(RunGatherer.Completed.class);
        RunGatherer.Completed<String> done = (RunGatherer.Completed<String>) last;
        assertThat(done.run().projectId()).isEqualTo("p");
        assertThat(done.receipts()).containsExactly(RUN + "-req-3", RUN + "-req-1", RUN + "-req-2");
        assertThat(done.requirements()).extracting(Requirement::text).containsExactly("requirement 1", "requirement 2", "requirement 3");
        assertThat(gatherer.openRuns()).isZero();
    }

    @Test
    void duplicatesAreDroppedBeforeAndAfterCompletion() {
        accept(gatherer, event("p", RUN, 1, 2), T0);
        assertThat(accept(gatherer, event("p", RUN, 1, 2), T0)).isInstanceOf(RunGatherer.Duplicate.class);
        assertThat(accept(gatherer, event("p", RUN, 2, 2), T0)).isInstanceOf(RunGatherer.Completed.class);
        // at-least-once redelivery after the run completed must not produce a second model
        assertThat(accept(gatherer, event("p", RUN, 2, 2), T0)).isInstanceOf(RunGatherer.Duplicate.class);
        assertThat(accept(gatherer, event("p", RUN, 1, 2), T0)).isInstanceOf(RunGatherer.Duplicate.class);
    }

    @Test
    void sameSeqUnderAnotherEventIdIsADuplicate() {
        RequirementEvent first = event("p", RUN, 1, 2);
        RequirementEvent renamed = new RequirementEvent("another-id", 1, "acme", "p", RUN, 1, 1, 2, first.requirement());
        accept(gatherer, first, T0);
        assertThat(accept(gatherer, renamed, T0)).isInstanceOf(RunGatherer.Duplicate.class);
    }

    @Test
    void sameRunIdInTwoProjectsAreTwoRuns() {
        assertThat(accept(gatherer, event("a", RUN, 1, 1), T0)).isInstanceOf(RunGatherer.Completed.class);
        assertThat(accept(gatherer, event("b", RUN, 1, 1), T0)).isInstanceOf(RunGatherer.Completed.class);
    }

    @Test
    void anEventContradictingItsRunIsRejectedAsBadInput() {
        accept(gatherer, event("p", RUN, 1, 3), T0);
        assertThatThrownBy(() -> accept(gatherer, event("p", RUN, 2, 4), T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("total 4").hasMessageContaining("total 3");
    }

    @Test
    void oversizedRunsAreRejectedOnce() {
        RunGatherer.Outcome<String> first = accept(gatherer, event("p", RUN, 1, 101), T0);
        assertThat(first).isInstanceOf(RunGatherer.Rejected.class);
        assertThat(((RunGatherer.Rejected<String>) first).reason()).contains("101").contains("100");
        assertThat(accept(gatherer, event("p", RUN, 2, 101), T0)).isInstanceOf(RunGatherer.Duplicate.class);
        assertThat(gatherer.openRuns()).isZero();
    }

    @Test
    void idleRunsExpireOnceAndLaterEventsOfThemAreDropped() {
        accept(gatherer, event("p", RUN, 1, 2), T0);
        accept(gatherer, event("p", OTHER_RUN, 1, 2), T0.plusSeconds(50));

        assertThat(gatherer.expire(T0.plusSeconds(59))).isEmpty();
        List<RunGatherer.ExpiredRun<String>> expired = gatherer.expire(T0.plusSeconds(61));
        assertThat(expired).singleElement().satisfies(e -> {
            assertThat(e.run().runId()).isEqualTo(RUN);
            assertThat(e.receipts()).containsExactly(RUN + "-req-1");
            assertThat(e.received()).isEqualTo(1);
            assertThat(e.total()).isEqualTo(2);
            assertThat(e.reason()).contains("1 of 2");
        });
        assertThat(gatherer.expire(T0.plusSeconds(62))).isEmpty();
        assertThat(accept(gatherer, event("p", RUN, 2, 2), T0.plusSeconds(63))).isInstanceOf(RunGatherer.Duplicate.class);
        assertThat(gatherer.openRuns()).isEqualTo(1);
    }

    @Test
    void openRunsAreBoundedByEvictingTheLeastRecentlyActive() {
        accept(gatherer, event("a", RUN, 1, 2), T0);
        accept(gatherer, event("b", RUN, 1, 2), T0.plusSeconds(1));
        accept(gatherer, event("c", RUN, 1, 2), T0.plusSeconds(2));
        accept(gatherer, event("a", RUN, 1, 2), T0.plusSeconds(3)); // a duplicate is not activity
        accept(gatherer, event("d", RUN, 1, 2), T0.plusSeconds(4));

        assertThat(gatherer.openRuns()).isEqualTo(3);
        assertThat(gatherer.expire(T0.plusSeconds(5))).extracting(e -> e.run().projectId()).containsExactly("a");
    }

    @Test
    void finishedRunsAreRememberedBoundedly() {
        RunGatherer<String> small = new RunGatherer<>(3, 100, Duration.ofMinutes(1), 2);
        accept(small, event("a", RUN, 1, 1), T0);
        accept(small, event("b", RUN, 1, 1), T0);
        accept(small, event("c", RUN, 1, 1), T0);
        // "a" fell out of the memory of finished runs: a very late redelivery is treated as a new run
        assertThat(accept(small, event("a", RUN, 1, 1), T0)).isInstanceOf(RunGatherer.Completed.class);
        assertThat(accept(small, event("c", RUN, 1, 1), T0)).isInstanceOf(RunGatherer.Duplicate.class);
    }

    @Test
    void twoTenantsProjectsOfOneNameAndARetryAreSeparateRuns() {
        RequirementEvent acme = event("p", RUN, 1, 1);
        RequirementEvent globex = RequirementEvent.of(new RunRef("globex", "p", RUN, 1), 1, 1, acme.requirement());
        RequirementEvent retry = RequirementEvent.of(new RunRef("acme", "p", RUN, 2), 1, 1, acme.requirement());
        assertThat(accept(gatherer, acme, T0)).isInstanceOf(RunGatherer.Completed.class);
        assertThat(accept(gatherer, globex, T0)).isInstanceOf(RunGatherer.Completed.class);
        assertThat(accept(gatherer, acme, T0)).isInstanceOf(RunGatherer.Duplicate.class);
        assertThat(accept(gatherer, retry, T0)).as("a retry is a new attempt, gathered anew").isInstanceOf(RunGatherer.Completed.class);
    }

    @Test
    void runsOfARevokedPartitionAreForgottenNotExpired() {
        gatherer.accept(event("p", RUN, 1, 2), "r1", 3, T0);
        gatherer.accept(event("q", RUN, 1, 2), "r2", 1, T0);
        assertThat(gatherer.dropPartitions(List.of(3))).isEqualTo(1);
        assertThat(gatherer.expire(T0.plusSeconds(3600))).extracting(e -> e.run().projectId()).containsExactly("q");
    }
}
