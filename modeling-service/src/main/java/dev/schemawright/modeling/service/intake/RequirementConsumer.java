package dev.schemawright.modeling.service.intake;

import dev.schemawright.contracts.event.RequirementEvent;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.modeling.service.Channels;
import dev.schemawright.modeling.service.design.RunModeling;
import dev.schemawright.observability.RunLogContext;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Kafka edge: decodes each requirement event with the shared codec and feeds the gatherer. Acknowledgement is manual:
 * a record is acknowledged when it turns out to be a duplicate, or when its run's outcome is published
 * ({@link RunModeling}); the channel commits offsets only below the oldest unacknowledged record (throttled), so a
 * half-gathered or still-designing run survives a crash or a rebalance. A payload that cannot be decoded, or
 * contradicts its run, is nacked: the dead-letter strategy moves it to {@code schemawright.requirement.v1.dlq} with
 * the message as reason, and consumption goes on.
 */
@ApplicationScoped
public class RequirementConsumer {
    private static final Logger LOG = Logger.getLogger(RequirementConsumer.class);

    private final RunGatherer<Message<byte[]>> gatherer;
    private final RunModeling modeling;
    // One thread, one record at a time (the connector waits for each returned stage): gathering stays in order and
    // may block on a full design queue without blocking Kafka's event loop.
    private final ExecutorService intake = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "requirement-intake");
        t.setDaemon(true);
        return t;
    });

    public RequirementConsumer(RunGatherer<Message<byte[]>> gatherer, RunModeling modeling) {
        this.gatherer = gatherer;
        this.modeling = modeling;
    }

    @Incoming(Channels.REQUIREMENTS)
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return CompletableFuture.supplyAsync(() -> gather(message), intake).thenCompose(done -> done);
    }

    private CompletionStage<Void> gather(Message<byte[]> message) {
        RequirementEvent event;
        RunGatherer.Outcome<Message<byte[]>> outcome;
        try {
            event = JsonCodec.fromBytes(message.getPayload(), RequirementEvent.class);
            RunLogContext.set(event.tenantId(), event.projectId(), event.runId());
            int partition = message.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getPartition).orElse(-1);
            outcome = gatherer.accept(event, message, partition, Instant.now());
        } catch (RuntimeException e) {
            // an undecodable record, or one contradicting its run: the record is bad, not the run. The nack hands it to the dead-letter
            // strategy; the stage returned here completes normally, or the connector would stop the channel.
            message.nack(e);
            return CompletableFuture.completedFuture(null);
        }
        try {
            if (outcome instanceof RunGatherer.Completed<Message<byte[]>> run) {
                LOG.infof("run %s: %d requirements gathered in %d ms", run.run(), run.requirements().size(), run.gathering().toMillis());
                modeling.model(run.run(), run.requirements(), run.receipts());
            } else if (outcome instanceof RunGatherer.Rejected<Message<byte[]>> rejected) {
                modeling.fail(rejected.run(), "run-too-large", rejected.reason(), rejected.receipts());
            } else if (outcome instanceof RunGatherer.Duplicate<Message<byte[]>> duplicate) {
                LOG.debugf("dropped %s: %s", event.eventId(), duplicate.reason());
                return message.ack();
            } else if (!(outcome instanceof RunGatherer.Pending)) {
                throw new IllegalStateException("unsupported outcome " + outcome);
            }
        } catch (InterruptedException e) {
            // shutting down: the record stays unacknowledged and is redelivered after the restart
            Thread.currentThread().interrupt();
        }
        return CompletableFuture.completedFuture(null);
    }

}
