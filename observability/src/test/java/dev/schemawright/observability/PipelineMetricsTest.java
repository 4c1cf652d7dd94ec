package dev.schemawright.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PipelineMetricsTest {
    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final PipelineMetrics metrics = new PipelineMetrics(registry);

    @Test
    void aRunUploadedHereIsTimedUntilPublishedOnce() {
        metrics.uploadStarted("p/r", System.nanoTime() - Duration.ofSeconds(2).toNanos());
        metrics.published("p/r");
        metrics.published("p/r");
        metrics.published("other/run");
        assertThat(registry.get(PipelineMetrics.UPLOAD_TO_PUBLISHED).timer().count()).isEqualTo(1);
        assertThat(registry.get(PipelineMetrics.UPLOAD_TO_PUBLISHED).timer().totalTime(java.util.concurrent.TimeUnit.SECONDS)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anAbandonedUploadIsNotTimed() {
        metrics.uploadStarted("p/r", System.nanoTime());
        metrics.uploadAbandoned("p/r");
        metrics.published("p/r");
        assertThat(registry.get(PipelineMetrics.UPLOAD_TO_PUBLISHED).timer().count()).isZero();
    }

    @Test
    void stagesAndStatusesAreTaggedSeries() {
        metrics.stage("modeling", Duration.ofMillis(30));
        metrics.runReached("published");
        metrics.runReached("published");
        assertThat(registry.get(PipelineMetrics.STAGE_DURATION).tag("stage", "modeling").timer().count()).isEqualTo(1);
        assertThat(registry.get(PipelineMetrics.RUNS).tag("status", "published").counter().count()).isEqualTo(2);
    }
}
