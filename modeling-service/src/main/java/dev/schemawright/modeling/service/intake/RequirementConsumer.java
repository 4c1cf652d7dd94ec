package dev.schemawright.modeling.service.intake;

import dev.schemawright.contracts.event.RequirementEvent;
import dev.schemawright.contracts.event.RunFailedEvent;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.modeling.service.Channels;
import dev.schemawright.modeling.service.publish.ModelPublisher;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Kafka edge: decodes each requirement event with the shared codec and feeds the gatherer; a complete run is
 * designed and published. A payload that cannot be decoded, or contradicts its run, throws: the channel's
 * dead-letter strategy then moves it to {@code schemawright.requirement.v1.dlq} with the message as reason, and
 * consumption goes on.
 */
@ApplicationScoped
public class RequirementConsumer {
    private static final Logger LOG = Logger.getLogger(RequirementConsumer.class);

    private final RunGatherer gatherer;
    private final ModelPublisher publisher;

    public RequirementConsumer(RunGatherer gatherer, ModelPublisher publisher) {
        this.gatherer = gatherer;
        this.publisher = publisher;
    }

    @Incoming(Channels.REQUIREMENTS)
    @Blocking(ordered = true)
    public void consume(byte[] payload) {
        RequirementEvent event = JsonCodec.fromBytes(payload, RequirementEvent.class);
        RunGatherer.Outcome outcome = gatherer.accept(event, Instant.now());
        if (outcome instanceof RunGatherer.Completed run) {
            LOG.infof("run %s of %s: %d requirements gathered in %d ms", run.runId(), run.projectId(), run.requirements().size(), run.gathering().toMillis());
            publisher.designAndPublish(run.projectId(), run.runId(), run.requirements());
        } else if (outcome instanceof RunGatherer.Rejected rejected) {
            publisher.publishFailure(RunFailedEvent.of(rejected.projectId(), rejected.runId(), ModelPublisher.STAGE, rejected.reason(), List.of()));
        } else if (outcome instanceof RunGatherer.Duplicate duplicate) {
            LOG.debugf("dropped %s: %s", event.eventId(), duplicate.reason());
        } else if (!(outcome instanceof RunGatherer.Pending)) {
            throw new IllegalStateException("unsupported outcome " + outcome);
        }
    }
}
