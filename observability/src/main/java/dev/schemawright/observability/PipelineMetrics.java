package dev.schemawright.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The product's own series, named {@code schemawright_*} in Prometheus:
 * <ul>
 * <li>{@code schemawright_stage_duration_seconds{stage}} histogram: ingest (parse + publish), modeling (design),
 * render (render + store);</li>
 * <li>{@code schemawright_runs_total{status}}: runs reaching accepted / modeled / published / failed (ingest's view);</li>
 * <li>{@code schemawright_upload_to_published_seconds} histogram: from the start of an upload on this instance until
 * its run is published.</li>
 * </ul>
 * Consumer lag and dead letters are derived from the Kafka clients' own metrics ({@link KafkaClientGauges}).
 */
@ApplicationScoped
public class PipelineMetrics {
    public static final String STAGE_DURATION = "schemawright.stage.duration";
    public static final String RUNS = "schemawright.runs";
    public static final String UPLOAD_TO_PUBLISHED = "schemawright.upload.to.published";
    private static final int TRACKED_UPLOADS = 10_000;

    private final MeterRegistry registry;
    private final Timer uploadToPublished;
    // upload start per run, bounded: a run that never publishes must not hold memory forever
    private final Map<String, Long> uploadStarts = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > TRACKED_UPLOADS;
        }
    };

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.uploadToPublished = Timer.builder(UPLOAD_TO_PUBLISHED)
                .description("From the start of an upload until its run is published")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(50)).maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry);
    }

    /** One stage of one run took {@code duration}. */
    public void stage(String stage, Duration duration) {
        Timer.builder(STAGE_DURATION).tag("stage", stage)
                .description("Time one stage spends on one run")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry).record(duration);
    }

    /** A run reached {@code status} (accepted, modeled, published, failed). */
    public void runReached(String status) {
        Counter.builder(RUNS).tag("status", status).description("Runs reaching each status").register(registry).increment();
    }

    /** An upload on this instance created run {@code runKey}; its clock starts at {@code startNanos}. */
    public synchronized void uploadStarted(String runKey, long startNanos) {
        uploadStarts.put(runKey, startNanos);
    }

    /** The upload was rejected: nothing will be published for it. */
    public synchronized void uploadAbandoned(String runKey) {
        uploadStarts.remove(runKey);
    }

    /** The run is published: records upload→published when this instance saw the upload. */
    public void published(String runKey) {
        Long start;
        synchronized (this) {
            start = uploadStarts.remove(runKey);
        }
        if (start != null) {
            uploadToPublished.record(Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
