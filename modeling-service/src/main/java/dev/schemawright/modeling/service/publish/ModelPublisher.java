package dev.schemawright.modeling.service.publish;

import dev.schemawright.contracts.Generator;
import dev.schemawright.contracts.event.ModelReadyEvent;
import dev.schemawright.contracts.event.PipelineEvent;
import dev.schemawright.contracts.event.RunFailedEvent;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.tenant.RunRef;
import dev.schemawright.modeling.service.Channels;
import dev.schemawright.modeling.service.ModelingConfig;
import io.opentelemetry.context.Context;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Sends a run's outcome (the model, or why it failed), keyed {@code tenantId/projectId}, encoded with the shared codec,
 * and waits for the broker's ack. A broker that is away is retried with exponential backoff for
 * {@code schemawright.modeling.publish-retry-for}; only then does publishing fail (the caller keeps the run
 * unacknowledged, so it is redelivered). Each outcome continues the run's trace from {@code trace}: it is sent from a
 * pool thread, where no span of the run is current.
 */
@ApplicationScoped
public class ModelPublisher {
    public static final String STAGE = "modeling";
    private static final Logger LOG = Logger.getLogger(ModelPublisher.class);

    private final MutinyEmitter<byte[]> modelReady;
    private final MutinyEmitter<byte[]> runFailed;
    private final Guard retry;

    public ModelPublisher(@Channel(Channels.MODEL_READY) MutinyEmitter<byte[]> modelReady,
                          @Channel(Channels.RUN_FAILED) MutinyEmitter<byte[]> runFailed, ModelingConfig config) {
        this.modelReady = modelReady;
        this.runFailed = runFailed;
        this.retry = Guard.create().withDescription("publish run outcome")
                .withRetry().maxRetries(-1).maxDuration(config.publishRetryFor().toMillis(), ChronoUnit.MILLIS)
                .delay(200, ChronoUnit.MILLIS).jitter(100, ChronoUnit.MILLIS)
                .withExponentialBackoff().maxDelay(Math.min(10_000, config.publishRetryFor().toMillis() / 2), ChronoUnit.MILLIS).done()
                .beforeRetry(e -> LOG.warnf("publishing a run outcome failed, retrying: %s", e.toString()))
                .done().build();
    }

    public void publishModel(RunRef run, SchemaModel model, Context trace) {
        send(modelReady, ModelReadyEvent.of(run, Generator.VERSION, model), trace);
    }

    public void publishFailure(RunFailedEvent event, Context trace) {
        send(runFailed, event, trace);
    }

    private void send(MutinyEmitter<byte[]> emitter, PipelineEvent event, Context trace) {
        retry.get(() -> {
            emitter.sendMessageAndAwait(message(event, trace));
            return Boolean.TRUE;
        }, Boolean.class);
    }

    /** The connector's producer span takes {@code trace} as its parent (TracingMetadata's current context). */
    static Message<byte[]> message(PipelineEvent event, Context trace) {
        return Message.of(JsonCodec.toBytes(event))
                .addMetadata(TracingMetadata.withCurrent(trace))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.kafkaKey()).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(event.eventId())
                        .withType(event.type())
                        .withSubject(event.runId())
                        .build());
    }
}
