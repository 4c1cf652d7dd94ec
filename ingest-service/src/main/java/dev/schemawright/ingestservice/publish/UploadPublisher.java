package dev.schemawright.ingestservice.publish;

import dev.schemawright.contracts.event.RunFailedEvent;
import dev.schemawright.contracts.event.UploadEvent;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.ingestservice.Channels;
import dev.schemawright.ingestservice.IngestSettings;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * The two single records of the upload path, each awaited until the broker acknowledged it: a run's upload event
 * (its documents are stored; a parse worker reads them) and, when they cannot be read, the run's run-failed event.
 */
@ApplicationScoped
public class UploadPublisher {
    private final MutinyEmitter<byte[]> uploads;
    private final MutinyEmitter<byte[]> failures;
    private final IngestSettings settings;

    public UploadPublisher(@Channel(Channels.UPLOADS_OUT) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<byte[]> uploads,
                           @Channel(Channels.RUN_FAILED_OUT) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<byte[]> failures,
                           IngestSettings settings) {
        this.uploads = uploads;
        this.failures = failures;
        this.settings = settings;
    }

    public void upload(UploadEvent event) {
        uploads.sendMessage(message(event.eventId(), UploadEvent.TYPE, event.kafkaKey(), event.projectId() + "/" + event.runId(),
                JsonCodec.toBytes(event))).await().atMost(settings.publishTimeout());
    }

    /** {@code trace}: the producer span's parent (the upload's trace); null = the current context. */
    public void failed(RunFailedEvent event, io.opentelemetry.context.Context trace) {
        Message<byte[]> message = message(event.eventId(), RunFailedEvent.TYPE, event.kafkaKey(), event.projectId() + "/" + event.runId(),
                JsonCodec.toBytes(event));
        failures.sendMessage(trace == null ? message : message.addMetadata(io.smallrye.reactive.messaging.TracingMetadata.withCurrent(trace)))
                .await().atMost(settings.publishTimeout());
    }

    private static Message<byte[]> message(String id, String type, String key, String subject, byte[] value) {
        return Message.of(value)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(id)
                        .withType(type)
                        .withSource(RequirementPublisher.SOURCE)
                        .withSubject(subject)
                        .withDataContentType("application/json")
                        .build());
    }
}
