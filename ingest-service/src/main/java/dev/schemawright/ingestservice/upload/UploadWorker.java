package dev.schemawright.ingestservice.upload;

import dev.schemawright.contracts.event.RunFailedEvent;
import dev.schemawright.contracts.event.UploadEvent;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.contracts.tenant.ProjectRef;
import dev.schemawright.contracts.tenant.RunRef;
import dev.schemawright.ingest.IngestResult;
import dev.schemawright.ingest.Ingestor;
import dev.schemawright.ingest.reject.RejectionCode;
import dev.schemawright.ingestservice.Channels;
import dev.schemawright.ingestservice.IngestSettings;
import dev.schemawright.ingestservice.live.RunChanges;
import dev.schemawright.ingestservice.problem.ApiProblem;
import dev.schemawright.ingestservice.publish.RequirementPublisher;
import dev.schemawright.ingestservice.publish.UploadPublisher;
import dev.schemawright.ingestservice.status.RunAttempts;
import dev.schemawright.ingestservice.status.RunProgress;
import dev.schemawright.ingestservice.status.RunStatusBoard;
import dev.schemawright.ingestservice.store.RunRecord;
import dev.schemawright.ingestservice.store.RunStorage;
import dev.schemawright.observability.PipelineMetrics;
import dev.schemawright.observability.RunLogContext;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The parse workers: consume {@code schemawright.upload.v1} (group {@code schemawright-ingest-parse}; as many at once
 * as the channel's {@code concurrency}, each in its partitions' order), read the run's stored documents with
 * {@link Ingestor} and publish its requirement events, then write run.json ({@code ingested}).
 *
 * <p>Documents that cannot be read (corrupt, repetitive, no text, too many requirements, no requirement at all, a
 * parse past {@code max-parse-time}) fail the run: a run-failed event (stage {@code ingest}, the rejection's code and
 * detail as the reason, every document's diagnostic) is published and stored, and the upload record is nacked onto
 * {@code schemawright.upload.v1.dlq} with the same reason. Storage or broker trouble is retried with backoff for
 * {@code schemawright.ingest.parse.retry-for}, and so is a parse that found every parse thread held by abandoned
 * parses; past that the run fails the same way (it can be retried). A record that does not decode goes to the
 * dead-letter topic as well. Nothing else stops: the next upload is read.
 */
@ApplicationScoped
public class UploadWorker {
    private static final Logger LOG = Logger.getLogger(UploadWorker.class);

    private final Ingestor ingestor;
    private final RunStorage storage;
    private final RequirementPublisher requirements;
    private final UploadPublisher uploads;
    private final RunStatusBoard board;
    private final RunAttempts attempts;
    private final PipelineMetrics metrics;
    private final IngestSettings settings;

    public UploadWorker(Ingestor ingestor, RunStorage storage, RequirementPublisher requirements, UploadPublisher uploads,
                        RunStatusBoard board, RunAttempts attempts, PipelineMetrics metrics, IngestSettings settings) {
        this.ingestor = ingestor;
        this.storage = storage;
        this.requirements = requirements;
        this.uploads = uploads;
        this.board = board;
        this.attempts = attempts;
        this.metrics = metrics;
        this.settings = settings;
    }

    /** Why an upload went to the dead-letter topic: its message is the {@code dead-letter-reason}. */
    public static final class UnreadableUpload extends RuntimeException {
        UnreadableUpload(String reason) {
            super(reason, null, false, false);
        }
    }

    @Incoming(Channels.UPLOADS)
    @Blocking
    public CompletionStage<Void> onUpload(Message<byte[]> message) {
        UploadEvent event;
        try {
            event = JsonCodec.fromBytes(message.getPayload(), UploadEvent.class);
        } catch (RuntimeException e) {
            return message.nack(new UnreadableUpload("not an upload event: " + e.getMessage()));
        }
        RunLogContext.set(event.tenantId(), event.projectId(), event.runId());
        // the upload's trace continues through the parse: its requirement (or run-failed) records are children of this record
        Context trace = TracingMetadata.fromMessage(message).map(TracingMetadata::getCurrentContext).orElse(null);
        try {
            String failure = read(event, trace);
            return failure == null ? message.ack() : message.nack(new UnreadableUpload(failure));
        } catch (RuntimeException | LinkageError e) {
            // never let one upload stop the worker: the run fails with what broke, the record goes to the DLQ
            LOG.errorf(e, "reading upload %s failed", event.run());
            String reason = "ingest-failed: reading the documents failed unexpectedly (" + e.getClass().getSimpleName() + ")";
            failQuietly(event, reason, List.of(), trace);
            return message.nack(new UnreadableUpload(reason));
        }
    }

    /** Reads one upload; null when its requirements are out, else the reason its run failed. */
    String read(UploadEvent event, Context trace) {
        long start = System.nanoTime();
        RunRef run = event.run();
        ProjectRef project = run.project();
        if (stale(event)) {
            return null;
        }
        RunRecord intake = intake(event);
        board.parsing(intake, run.attempt());
        List<InputDocument> documents = retrying("reading the stored documents of " + run, () -> documents(event));
        IngestResult result = parse(run, documents);
        if (result.rejected()) {
            ApiProblem problem = Rejections.of(result.diagnostics());
            return fail(event, problem.code() + ": " + problem.problem().detail(), result.diagnostics(), trace);
        }
        if (result.requirements().isEmpty()) {
            return fail(event, "no-requirements: " + Rejections.noRequirements(intake.documents().stream().map(RunRecord.Document::name).toList())
                    .problem().detail(), result.diagnostics(), trace);
        }
        retrying("publishing the requirements of " + run, () -> {
            requirements.publish(run, result.requirements(), trace);
            return null;
        });
        RunRecord record = RunSubmission.record(intake, result);
        retrying("writing run.json of " + run, () -> {
            storage.putJsonIfAbsent(RunRecord.key(project, run.runId()), record);
            return null;
        });
        board.accepted(record);
        metrics.stage(RunProgress.INGEST, Duration.ofNanos(System.nanoTime() - start));
        LOG.infof("read run %s: %d documents, %d requirements published", run, documents.size(), result.requirements().size());
        return null;
    }

    /** A later attempt was started since (this record is a redelivery or a replay of an earlier one): nothing to do. */
    private boolean stale(UploadEvent event) {
        int current = attempts.current(event.project(), event.runId());
        if (current > event.attempt()) {
            LOG.infof("upload %s is of attempt %d; the run is at attempt %d: skipped", event.run(), event.attempt(), current);
            return true;
        }
        if (event.attempt() == 1 && storage.exists(RunRecord.key(event.project(), event.runId()))) {
            LOG.infof("upload %s was read before (run.json exists): skipped", event.run());
            return true;
        }
        return false;
    }

    /** Ingest, waiting while abandoned parses hold every parse thread (back-pressure), for at most retry-for. */
    private IngestResult parse(RunRef run, List<InputDocument> documents) {
        long deadline = System.nanoTime() + settings.parse().retryFor().toNanos();
        while (true) {
            IngestResult result = ingestor.ingest(documents);
            boolean busy = result.diagnostics().stream().anyMatch(d -> RejectionCode.PARSER_BUSY.equals(d.code()));
            if (!busy || System.nanoTime() > deadline) {
                return result;
            }
            LOG.warnf("every parse thread is held by an abandoned parse; run %s waits", run);
            sleep(500);
        }
    }

    private List<InputDocument> documents(UploadEvent event) {
        List<InputDocument> out = new ArrayList<>();
        for (UploadEvent.Document d : event.documents()) {
            byte[] bytes = storage.get(d.key()).orElseThrow(() -> new MissingDocument(d.name())).bytes();
            out.add(new InputDocument(d.name(), d.role(), bytes));
        }
        return out;
    }

    private static final class MissingDocument extends RuntimeException {
        MissingDocument(String name) {
            super("document " + name + " is no longer stored", null, false, false);
        }
    }

    private String fail(UploadEvent event, String reason, List<Diagnostic> diagnostics, Context trace) {
        RunFailedEvent failed = RunFailedEvent.of(event.run(), RunProgress.INGEST, reason, diagnostics);
        retrying("recording the failure of " + event.run(), () -> {
            storage.putJsonIfAbsent(RunAttempts.failureKey(event.project(), event.runId(), event.attempt()), failed);
            return null;
        });
        board.update(event.project(), event.runId(), p -> p.withIntake(intake(event))
                .withFailure(failed.eventId(), new RunProgress.StageFailure(failed.stage(), failed.reason(), failed.diagnostics()), failed.attempt()));
        metrics.uploadAbandoned(RunChanges.key(event.project(), event.runId()));
        retrying("publishing the failure of " + event.run(), () -> {
            uploads.failed(failed, trace);
            return null;
        });
        LOG.warnf("run %s failed in ingest: %s", event.run(), reason);
        return reason;
    }

    private void failQuietly(UploadEvent event, String reason, List<Diagnostic> diagnostics, Context trace) {
        try {
            fail(event, reason, diagnostics, trace);
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not record the failure of %s", event.run());
        }
    }

    /** Storage or the broker away: retried with backoff (up to 8 s apart) for parse.retry-for, then thrown. */
    private <T> T retrying(String what, Supplier<T> action) {
        long deadline = System.nanoTime() + settings.parse().retryFor().toNanos();
        long delay = 250;
        while (true) {
            try {
                return action.get();
            } catch (MissingDocument e) {
                throw e;
            } catch (RuntimeException e) {
                if (System.nanoTime() + delay * 1_000_000 > deadline) {
                    throw e;
                }
                LOG.warnf("%s failed (%s); retrying in %d ms", what, e.getMessage(), delay);
                sleep(delay);
                delay = Math.min(8000, delay * 2);
            }
        }
    }

    private static RunRecord intake(UploadEvent event) {
        List<RunRecord.Document> documents = event.documents().stream()
                .map(d -> new RunRecord.Document(d.name(), d.uploadedName(), d.role(), d.role() != null, null, null, null, d.size(),
                        d.sha256(), 0, d.key()))
                .toList();
        return RunRecord.of(event.project(), event.runId(), 0, documents);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
