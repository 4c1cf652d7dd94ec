package dev.schemawright.render.service.publish;

import dev.schemawright.contracts.event.ArtifactsReadyEvent;
import dev.schemawright.contracts.event.ModelReadyEvent;
import dev.schemawright.contracts.event.PipelineEvent;
import dev.schemawright.contracts.event.RunFailedEvent;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.render.Artifact;
import dev.schemawright.render.ArtifactRenderer;
import dev.schemawright.render.service.Channels;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Kafka edge: model-ready in, artifacts stored and announced. Undecodable payloads throw, so the channel's
 * dead-letter strategy moves them to {@code schemawright.model-ready.v1.dlq} with the reason; so do storage
 * failures (the record is kept there for replay rather than lost). A model the renderers reject ends the run with a
 * run-failed event.
 */
@ApplicationScoped
public class ModelReadyConsumer {
    public static final String STAGE = "render";
    private static final Logger LOG = Logger.getLogger(ModelReadyConsumer.class);

    private final ArtifactRenderer renderer = new ArtifactRenderer();
    private final RunPublisher publisher;
    private final MutinyEmitter<byte[]> artifactsReady;
    private final MutinyEmitter<byte[]> runFailed;

    public ModelReadyConsumer(RunPublisher publisher,
                              @Channel(Channels.ARTIFACTS_READY) MutinyEmitter<byte[]> artifactsReady,
                              @Channel(Channels.RUN_FAILED) MutinyEmitter<byte[]> runFailed) {
        this.publisher = publisher;
        this.artifactsReady = artifactsReady;
        this.runFailed = runFailed;
    }

    @Incoming(Channels.MODEL_READY)
    @Blocking(ordered = true)
    public void consume(byte[] payload) {
        ModelReadyEvent event = JsonCodec.fromBytes(payload, ModelReadyEvent.class);
        if (publisher.alreadyAnnounced(event.projectId(), event.runId())) {
            LOG.debugf("run %s of %s already published", event.runId(), event.projectId());
            return;
        }
        List<Artifact> artifacts;
        long start = System.nanoTime();
        try {
            artifacts = renderer.renderAll(event.model());
        } catch (RuntimeException e) {
            LOG.errorf(e, "rendering run %s of %s failed", event.runId(), event.projectId());
            send(runFailed, RunFailedEvent.of(event.projectId(), event.runId(), STAGE, "render failed: " + e,
                    List.of(new Diagnostic(Severity.ERROR, "render-failed", String.valueOf(e.getMessage()), List.of()))));
            return;
        }
        long rendered = System.nanoTime();
        ArtifactsReadyEvent ready = publisher.store(event.projectId(), event.runId(), artifacts);
        long stored = System.nanoTime();
        send(artifactsReady, ready);
        publisher.markAnnounced(ready);
        LOG.infof("run %s of %s: %d artifacts published (render %d ms, store %d ms, announce %d ms)", event.runId(), event.projectId(),
                ready.artifacts().size(), (rendered - start) / 1_000_000, (stored - rendered) / 1_000_000, (System.nanoTime() - stored) / 1_000_000);
    }

    /** Blocks until the broker has the event, so the model-ready offset is committed only after it. */
    private static void send(MutinyEmitter<byte[]> emitter, PipelineEvent event) {
        emitter.sendMessageAndAwait(Message.of(JsonCodec.toBytes(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.projectId()).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(event.eventId())
                        .withType(event.type())
                        .withSubject(event.runId())
                        .build()));
    }
}
