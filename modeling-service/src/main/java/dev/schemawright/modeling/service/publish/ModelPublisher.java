package dev.schemawright.modeling.service.publish;

import dev.schemawright.contracts.Generator;
import dev.schemawright.contracts.event.ModelReadyEvent;
import dev.schemawright.contracts.event.PipelineEvent;
import dev.schemawright.contracts.event.RunFailedEvent;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.requirement.RequirementKind;
import dev.schemawright.contracts.requirement.Scope;
import dev.schemawright.contracts.requirement.Source;
import dev.schemawright.modeling.SchemaDesigner;
import dev.schemawright.modeling.service.Channels;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Designs a complete run with the same {@link SchemaDesigner} the CLI uses and publishes the result, keyed by
 * project id, encoded with the shared codec; a design failure becomes a run-failed event instead.
 */
@ApplicationScoped
public class ModelPublisher {
    public static final String STAGE = "modeling";
    private static final Logger LOG = Logger.getLogger(ModelPublisher.class);

    private final SchemaDesigner designer = new SchemaDesigner();
    private final MutinyEmitter<byte[]> modelReady;
    private final MutinyEmitter<byte[]> runFailed;

    public ModelPublisher(@Channel(Channels.MODEL_READY) MutinyEmitter<byte[]> modelReady,
                          @Channel(Channels.RUN_FAILED) MutinyEmitter<byte[]> runFailed) {
        this.modelReady = modelReady;
        this.runFailed = runFailed;
    }

    /** Loads the designer's language models before the service reports ready, so the first run is not the slow one. */
    void warmUp(@Observes StartupEvent event) {
        long start = System.nanoTime();
        Requirement sample = new Requirement("warm-up#L1", RequirementKind.USER_STORY, "As a user, I want to create projects with a name.",
                new Source("warm-up.md", DocumentRole.PRD, List.of(), 1, 1), Scope.IN_SCOPE, Map.of());
        designer.design("warm-up", List.of(sample));
        LOG.infof("designer warmed up in %d ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** Blocks until the broker has the event, so the requirement offset is committed only after it. */
    public void designAndPublish(String projectId, String runId, List<Requirement> requirements) {
        SchemaModel model;
        long start = System.nanoTime();
        try {
            model = designer.design(projectId, requirements);
        } catch (RuntimeException e) {
            LOG.errorf(e, "design of run %s of %s failed", runId, projectId);
            publishFailure(RunFailedEvent.of(projectId, runId, STAGE, "design failed: " + e, List.of(
                    new Diagnostic(Severity.ERROR, "design-failed", String.valueOf(e.getMessage()), List.of()))));
            return;
        }
        long designed = System.nanoTime();
        ModelReadyEvent event = ModelReadyEvent.of(projectId, runId, Generator.VERSION, model);
        try {
            send(modelReady, event);
        } catch (RuntimeException e) {
            // e.g. a model larger than the record limit: the run must still end visibly
            LOG.errorf(e, "publishing the model of run %s of %s failed", runId, projectId);
            publishFailure(RunFailedEvent.of(projectId, runId, STAGE, "model could not be published: " + e.getMessage(), List.of()));
            return;
        }
        LOG.infof("run %s of %s: model with %d tables from %d requirements (design %d ms, publish %d ms)", runId, projectId,
                model.tables().size(), requirements.size(), (designed - start) / 1_000_000, (System.nanoTime() - designed) / 1_000_000);
    }

    public void publishFailure(RunFailedEvent event) {
        send(runFailed, event);
    }

    private static void send(MutinyEmitter<byte[]> emitter, PipelineEvent event) {
        Message<byte[]> message = Message.of(JsonCodec.toBytes(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.projectId()).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(event.eventId())
                        .withType(event.type())
                        .withSubject(event.runId())
                        .build());
        emitter.sendMessageAndAwait(message);
    }
}
