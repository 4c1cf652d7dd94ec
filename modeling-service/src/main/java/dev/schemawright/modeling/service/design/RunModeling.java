package dev.schemawright.modeling.service.design;

import dev.schemawright.contracts.event.RunFailedEvent;
import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.tenant.RunRef;
import dev.schemawright.modeling.SchemaDesigner;
import dev.schemawright.modeling.service.ModelingConfig;
import dev.schemawright.modeling.service.publish.ModelPublisher;
import dev.schemawright.modeling.service.publish.RunOutcomes;
import dev.schemawright.observability.PipelineMetrics;
import dev.schemawright.observability.RunLogContext;
import io.opentelemetry.context.Context;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.TracingMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * What happens to a gathered run: unless storage says this attempt already ended (a redelivery after a restart), it is
 * designed on a {@link DesignWorkers} thread within its time budget, its outcome is published (the model, or a
 * run-failed event with a clear reason: {@code design-time-exceeded}, {@code design-failed}), the outcome is recorded,
 * and only then are the run's Kafka records acknowledged. Until then they stay unacknowledged, so a crash or a
 * rebalance redelivers the whole run.
 */
@ApplicationScoped
public class RunModeling {
    public static final String DESIGN_TIME_EXCEEDED = "design-time-exceeded";
    public static final String DESIGN_FAILED = "design-failed";
    public static final String PUBLISHED = "published";
    private static final Logger LOG = Logger.getLogger(RunModeling.class);

    /** The warm-up loads language models on a cold JVM, maybe on a busy machine: it gets room, and never fails startup. */
    private static final Duration WARM_UP_BUDGET = Duration.ofMinutes(2);
    /**
     * modeling-core stops a design at its budget itself (between passes, per statement); the worker's time box is the
     * backstop for code that does not look at the clock, a little later, so the core's reason ("stopped in XPass") wins.
     */
    private static final Duration BACKSTOP = Duration.ofSeconds(2);

    private final SchemaDesigner designer = new SchemaDesigner();
    private final Duration budget;
    private final DesignWorkers workers;
    private final ModelPublisher publisher;
    private final RunOutcomes outcomes;
    private final PipelineMetrics metrics;
    // Outcome bookkeeping (storage reads and writes, sends with retries) never runs on a design thread or the consumer.
    private final ExecutorService bookkeeping = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "run-outcomes");
        t.setDaemon(true);
        return t;
    });

    public RunModeling(ModelingConfig config, ModelPublisher publisher, RunOutcomes outcomes, PipelineMetrics metrics) {
        this.budget = config.designTimeout();
        this.workers = new DesignWorkers(config.designWorkers(), config.maxAbandonedDesigns(), budget.plus(BACKSTOP), config.designQueue());
        this.publisher = publisher;
        this.outcomes = outcomes;
        this.metrics = metrics;
    }

    public DesignWorkers workers() {
        return workers;
    }

    /** Loads the designer's language models before the service reports ready, so the first run is not the slow one. */
    public void warmUp(List<Requirement> sample) {
        try {
            designer.design("warm-up", sample, WARM_UP_BUDGET);
        } catch (RuntimeException | Error e) {
            LOG.warnf("designer warm-up did not finish (%s); the first run will be the slow one", e.toString());
        }
    }

    /** Takes a complete run; returns at once (or waits while the design queue is full). */
    public void model(RunRef run, List<Requirement> requirements, List<Message<byte[]>> receipts) throws InterruptedException {
        CompletableFuture.supplyAsync(() -> outcomes.recorded(run), bookkeeping).thenAccept(recorded -> {
            logContext(run);
            if (recorded.isPresent()) {
                LOG.infof("run %s was %s before: not designed again", run, recorded.get());
                ackAll(receipts);
                return;
            }
            try {
                workers.submit(run.toString(), () -> {
                    logContext(run);
                    return designer.design(run.projectId(), requirements, budget);
                })
                        .thenAcceptAsync(outcome -> report(run, requirements.size(), outcome, receipts), bookkeeping);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** A run that can never be designed (too large, incomplete): reported failed and acknowledged. */
    public void fail(RunRef run, String code, String reason, List<Message<byte[]>> receipts) {
        CompletableFuture.runAsync(() -> reportFailure(run, code, reason, receipts), bookkeeping);
    }

    private void report(RunRef run, int requirements, DesignWorkers.Outcome<SchemaModel> outcome, List<Message<byte[]>> receipts) {
        logContext(run);
        if (outcome instanceof DesignWorkers.Done<SchemaModel> done) {
            metrics.stage(ModelPublisher.STAGE, done.took());
            try {
                publisher.publishModel(run, done.value(), traceOf(receipts));
            } catch (RuntimeException e) {
                LOG.errorf(e, "the model of %s could not be published; left unacknowledged for redelivery", run);
                return;
            }
            outcomes.record(run, PUBLISHED);
            ackAll(receipts);
            LOG.infof("run %s: model with %d tables from %d requirements (design %d ms)", run, done.value().tables().size(), requirements,
                    done.took().toMillis());
        } else if (outcome instanceof DesignWorkers.TimedOut<SchemaModel> timedOut) {
            reportFailure(run, DESIGN_TIME_EXCEEDED, "design-time-exceeded: the design took longer than its budget of "
                    + seconds(timedOut.timeBox()) + " and was stopped", receipts);
        } else if (outcome instanceof DesignWorkers.Failed<SchemaModel> failed) {
            Throwable error = failed.error();
            // modeling-core's own budget (DesignTimeExceededException) is the same failure as ours, named the same way
            if ("DesignTimeExceededException".equals(error.getClass().getSimpleName())) {
                String message = String.valueOf(error.getMessage());
                reportFailure(run, DESIGN_TIME_EXCEEDED,
                        message.startsWith(DESIGN_TIME_EXCEEDED) ? message : DESIGN_TIME_EXCEEDED + ": " + message, receipts);
            } else {
                LOG.errorf(error, "design of %s failed", run);
                reportFailure(run, DESIGN_FAILED, "design-failed: " + error, receipts);
            }
        } else {
            throw new IllegalStateException("unsupported outcome " + outcome);
        }
    }

    private void reportFailure(RunRef run, String code, String reason, List<Message<byte[]>> receipts) {
        logContext(run);
        LOG.warnf("run %s failed: %s", run, reason);
        try {
            publisher.publishFailure(RunFailedEvent.of(run, ModelPublisher.STAGE, reason,
                    List.of(new Diagnostic(Severity.ERROR, code, reason, List.of()))), traceOf(receipts));
        } catch (RuntimeException e) {
            LOG.errorf(e, "the failure of %s could not be published; left unacknowledged for redelivery", run);
            return;
        }
        outcomes.record(run, "failed: " + reason);
        ackAll(receipts);
    }

    /** Designs and bookkeeping run on pool threads: each line they log about a run names it. */
    private static void logContext(RunRef run) {
        RunLogContext.set(run.tenantId(), run.projectId(), run.runId());
    }

    /**
     * The run's outcome continues its trace from the requirement record that completed the run (its consumer span):
     * the outcome is sent from a pool thread, where no span is current. Without tracing, the current (empty) context.
     */
    static Context traceOf(List<Message<byte[]>> receipts) {
        return receipts.isEmpty() ? Context.current() : TracingMetadata.fromMessage(receipts.get(receipts.size() - 1))
                .map(TracingMetadata::getCurrentContext).orElse(Context.current());
    }

    private static void ackAll(List<Message<byte[]>> receipts) {
        receipts.forEach(Message::ack);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    void stop(@Observes ShutdownEvent event) {
        workers.close();
        bookkeeping.shutdownNow();
    }

}
