package dev.schemawright.ingestservice.publish;

import dev.schemawright.contracts.event.RequirementEvent;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.tenant.RunRef;
import dev.schemawright.ingestservice.Channels;
import dev.schemawright.ingestservice.IngestSettings;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes a run's requirements, one record per requirement, keyed tenantId/projectId (so a project's run lands on one
 * partition in order), with seq 1..total and CloudEvents headers. Returns only once the broker acknowledged every
 * record (acks=all, idempotent producer), so a 202 means the run is durably on its way.
 */
@ApplicationScoped
public class RequirementPublisher {
    static final URI SOURCE = URI.create("/schemawright/ingest-service");

    private final MutinyEmitter<byte[]> emitter;
    private final IngestSettings settings;

    public RequirementPublisher(@Channel(Channels.REQUIREMENTS) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<byte[]> emitter,
                                IngestSettings settings) {
        this.emitter = emitter;
        this.settings = settings;
    }

    public void publish(RunRef run, List<Requirement> requirements) {
        publish(run, requirements, null);
    }

    /** {@code trace}: the producer spans' parent (the upload's trace, carried by its upload record); null = the current context. */
    public void publish(RunRef run, List<Requirement> requirements, io.opentelemetry.context.Context trace) {
        int total = requirements.size();
        List<Uni<Void>> acks = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            Message<byte[]> message = message(RequirementEvent.of(run, i + 1, total, requirements.get(i)));
            acks.add(emitter.sendMessage(trace == null ? message : message.addMetadata(io.smallrye.reactive.messaging.TracingMetadata.withCurrent(trace))));
        }
        Uni.join().all(acks).andFailFast().replaceWithVoid().await().atMost(settings.publishTimeout());
    }

    static Message<byte[]> message(RequirementEvent event) {
        return Message.of(JsonCodec.toBytes(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.kafkaKey()).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(event.eventId())
                        .withType(RequirementEvent.TYPE)
                        .withSource(SOURCE)
                        .withSubject(event.projectId() + "/" + event.runId())
                        .withDataContentType("application/json")
                        .build());
    }
}
