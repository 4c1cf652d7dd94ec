package dev.schemawright.render.service.publish;

import dev.schemawright.contracts.event.ArtifactsReadyEvent;
import dev.schemawright.contracts.event.ModelReadyEvent;
import dev.schemawright.contracts.event.PipelineEvent;
import dev.schemawright.contracts.event.RunFailedEvent;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.observability.PipelineMetrics;
import dev.schemawright.observability.RunLogContext;
import dev.schemawright.render.Artifact;
import dev.schemawright.render.ArtifactRenderer;
import dev.schemawright.render.service.Channels;
import dev.schemawright.storage.ObjectStore;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Kafka edge: model-ready in, artifacts (and, after an earlier run of the project, the migration from it) stored and
 * announced. Undecodable payloads throw, so the channel's dead-letter strategy moves them to
 * {@code schemawright.model-ready.v1.dlq} with the reason. Storage is retried with
 * exponential backoff for {@code schemawright.render.storage-retry-for} (an object store away for a while delays the
 * run, it does not lose it); past that, and for a model the renderers reject, the run ends with a run-failed event,
 * so its status never stays "modeled" forever.
 */
@ApplicationScoped
public class ModelReadyConsumer {
    public static final String STAGE = "render";
    private static final Logger LOG = Logger.getLogger(ModelReadyConsumer.class);

    private final ArtifactRenderer renderer = new ArtifactRenderer();
    private final RunPublisher publisher;
    private final PreviousRunMigration migrations;
    private final MutinyEmitter<byte[]> artifactsReady;
    private final MutinyEmitter<byte[]> runFailed;
    private final Guard storageRetry;
    private final Guard brokerRetry;
    private final PipelineMetrics metrics;

    public ModelReadyConsumer(RunPublisher publisher, ObjectStore store,
                              @Channel(Channels.ARTIFACTS_READY) MutinyEmitter<byte[]> artifactsReady,
                              @Channel(Channels.RUN_FAILED) MutinyEmitter<byte[]> runFailed, PipelineMetrics metrics,
                              @ConfigProperty(name = "schemawright.render.storage-retry-for", defaultValue = "PT3M") Duration storageRetryFor) {
        this.metrics = metrics;
        this.publisher = publisher;
        this.migrations = new PreviousRunMigration(store);
        this.artifactsReady = artifactsReady;
        this.runFailed = runFailed;
        this.storageRetry = retrying("store artifacts", storageRetryFor, RunPublisher.ConflictingArtifactException.class);
        this.brokerRetry = retrying("announce", Duration.ofMinutes(5), null);
    }

    private static Guard retrying(String what, Duration retryFor, Class<? extends Throwable> abortOn) {
        Guard.Builder.RetryBuilder retry = Guard.create().withDescription(what)
                .withRetry().maxRetries(-1).maxDuration(retryFor.toMillis(), ChronoUnit.MILLIS)
                .delay(250, ChronoUnit.MILLIS).jitter(100, ChronoUnit.MILLIS)
                // backoff up to 8 s apart, well inside the retry window (FT refuses a delay that is not shorter than the window)
                .withExponentialBackoff().maxDelay(Math.min(8_000, retryFor.toMillis() / 2), ChronoUnit.MILLIS).done()
                .beforeRetry(e -> LOG.warnf("%s failed, retrying: %s", what, e.toString()));
        if (abortOn != null) {
            retry.abortOn(abortOn);
        }
        return retry.done().build();
    }

    @Incoming(Channels.MODEL_READY)
    @Blocking(ordered = true)
    public void consume(byte[] payload) {
        ModelReadyEvent event = JsonCodec.fromBytes(payload, ModelReadyEvent.class);
        RunLogContext.set(event.tenantId(), event.projectId(), event.runId());
        try {
            if (storageRetry.get(() -> publisher.alreadyAnnounced(event.project(), event.runId()), Boolean.class)) {
                LOG.debugf("run %s already published", event.run());
                return;
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "checking whether run %s was published failed", event.run());
            fail(event, "storage-unavailable", "render could not reach object storage: " + e);
            return;
        }
        List<Artifact> artifacts;
        long start = System.nanoTime();
        try {
            artifacts = renderer.renderAll(event.model());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.errorf(e, "rendering run %s failed", event.run());
            fail(event, "render-failed", "render failed: " + e);
            return;
        }
        List<Artifact> published = migrations.withMigration(event.project(), event.runId(), event.model(), artifacts);
        long rendered = System.nanoTime();
        ArtifactsReadyEvent ready;
        try {
            ready = storageRetry.get(() -> publisher.store(event.project(), event.runId(), published), ArtifactsReadyEvent.class);
        } catch (RuntimeException e) {
            LOG.errorf(e, "storing run %s failed", event.run());
            fail(event, e instanceof RunPublisher.ConflictingArtifactException ? "conflicting-artifact" : "storage-unavailable",
                    "the artifacts could not be stored: " + e.getMessage());
            return;
        }
        long stored = System.nanoTime();
        metrics.stage(STAGE, Duration.ofNanos(stored - start));
        send(artifactsReady, ready);
        try {
            storageRetry.get(() -> {
                publisher.markAnnounced(ready);
                return Boolean.TRUE;
            }, Boolean.class);
        } catch (RuntimeException e) {
            // the event is out; without the marker a redelivered model announces again (same event id: consumers drop it)
            LOG.warnf("could not mark run %s announced: %s", event.run(), e.toString());
        }
        LOG.infof("run %s: %d artifacts published (render %d ms, store %d ms, announce %d ms)", event.run(), ready.artifacts().size(),
                (rendered - start) / 1_000_000, (stored - rendered) / 1_000_000, (System.nanoTime() - stored) / 1_000_000);
    }

    private void fail(ModelReadyEvent event, String code, String reason) {
        LOG.warnf("run %s failed in render: %s", event.run(), reason);
        send(runFailed, RunFailedEvent.of(event.run(), STAGE, reason, List.of(new Diagnostic(Severity.ERROR, code, reason, List.of()))));
    }

    /** Blocks until the broker has the event, so the model-ready offset is committed only after it. */
    private void send(MutinyEmitter<byte[]> emitter, PipelineEvent event) {
        Message<byte[]> message = Message.of(JsonCodec.toBytes(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.kafkaKey()).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(event.eventId())
                        .withType(event.type())
                        .withSubject(event.runId())
                        .build());
        brokerRetry.get(() -> {
            emitter.sendMessageAndAwait(message);
            return Boolean.TRUE;
        }, Boolean.class);
    }
}
