package dev.schemawright.modeling.service.intake;

import dev.schemawright.contracts.event.RunFailedEvent;
import dev.schemawright.modeling.service.ModelingConfig;
import dev.schemawright.modeling.service.publish.ModelPublisher;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** Owns the gatherer and gives up runs that stopped receiving events, announcing each as run-failed. */
@ApplicationScoped
public class RunExpiry {
    private static final Logger LOG = Logger.getLogger(RunExpiry.class);

    private final ModelingConfig config;
    private final ModelPublisher publisher;
    private final RunGatherer gatherer;
    private ScheduledExecutorService timer;

    public RunExpiry(ModelingConfig config, ModelPublisher publisher) {
        this.config = config;
        this.publisher = publisher;
        ModelingConfig.Gather g = config.gather();
        this.gatherer = new RunGatherer(g.maxOpenRuns(), g.maxRequirementsPerRun(), g.idleTimeout(), g.rememberedRuns());
    }

    @Produces
    @Singleton
    RunGatherer gatherer() {
        return gatherer;
    }

    void start(@Observes StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "run-expiry"));
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
            List<RunGatherer.ExpiredRun> expired = gatherer.expire(Instant.now());
            for (RunGatherer.ExpiredRun run : expired) {
                LOG.warnf("run %s of %s failed: %s", run.runId(), run.projectId(), run.reason());
                publisher.publishFailure(RunFailedEvent.of(run.projectId(), run.runId(), ModelPublisher.STAGE, run.reason(), List.of()));
            }
        } catch (RuntimeException e) {
            // keep the timer alive: a failed publish is retried as a lost run would be, by the next upload
            LOG.error("expiring runs failed", e);
        }
    }
}
