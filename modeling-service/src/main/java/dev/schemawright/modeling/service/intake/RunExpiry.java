package dev.schemawright.modeling.service.intake;

import dev.schemawright.modeling.service.ModelingConfig;
import dev.schemawright.modeling.service.design.RunModeling;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Owns the gatherer: gives up runs that stopped receiving events (announced as run-failed, then acknowledged), and
 * forgets what was gathered from partitions another consumer of the group now owns.
 */
@ApplicationScoped
public class RunExpiry {
    public static final String REBALANCE_LISTENER = "modeling-rebalance";
    private static final Logger LOG = Logger.getLogger(RunExpiry.class);

    private final ModelingConfig config;
    private final RunModeling modeling;
    private final RunGatherer<Message<byte[]>> gatherer;
    private ScheduledExecutorService timer;

    public RunExpiry(ModelingConfig config, RunModeling modeling) {
        this.config = config;
        this.modeling = modeling;
        ModelingConfig.Gather g = config.gather();
        this.gatherer = new RunGatherer<>(g.maxOpenRuns(), g.maxRequirementsPerRun(), g.idleTimeout(), g.rememberedRuns());
    }

    @Produces
    @Singleton
    RunGatherer<Message<byte[]>> gatherer() {
        return gatherer;
    }

    /** Configured on the channel as {@code consumer-rebalance-listener.name}. */
    @Produces
    @Identifier(REBALANCE_LISTENER)
    KafkaConsumerRebalanceListener rebalanceListener() {
        return new KafkaConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                int dropped = gatherer.dropPartitions(partitions.stream().map(TopicPartition::partition).toList());
                if (dropped > 0) {
                    LOG.infof("partitions %s went to another consumer: %d half-gathered runs left to it", partitions, dropped);
                }
            }

            @Override
            public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                onPartitionsRevoked(consumer, partitions);
            }
        };
    }

    void start(@Observes StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "run-expiry");
            t.setDaemon(true);
            return t;
        });
        long every = config.gather().expiryCheckInterval().toMillis();
        timer.scheduleWithFixedDelay(this::expireIdleRuns, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    void expireIdleRuns() {
        try {
            List<RunGatherer.ExpiredRun<Message<byte[]>>> expired = gatherer.expire(Instant.now());
            for (RunGatherer.ExpiredRun<Message<byte[]>> run : expired) {
                modeling.fail(run.run(), "run-incomplete", run.reason(), run.receipts());
            }
        } catch (RuntimeException e) {
            LOG.error("expiring runs failed", e);
        }
    }
}
