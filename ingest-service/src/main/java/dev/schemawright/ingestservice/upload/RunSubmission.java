package dev.schemawright.ingestservice.upload;

import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.ingest.DocumentSummary;
import dev.schemawright.ingest.IngestResult;
import dev.schemawright.ingest.Ingestor;
import dev.schemawright.contracts.event.UploadEvent;
import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.ingestservice.publish.UploadPublisher;
import dev.schemawright.ingestservice.live.RunChanges;
import dev.schemawright.ingestservice.problem.ApiProblem;
import dev.schemawright.ingestservice.publish.RequirementPublisher;
import dev.schemawright.ingestservice.status.RunProgress;
import dev.schemawright.ingestservice.status.RunStatusBoard;
import dev.schemawright.ingestservice.status.RunAttempts;
import dev.schemawright.ingestservice.status.RunStatusService;
import dev.schemawright.contracts.tenant.ProjectRef;
import dev.schemawright.contracts.tenant.RunRef;
import dev.schemawright.ingestservice.store.RunRecord;
import dev.schemawright.ingestservice.store.RunStorage;
import dev.schemawright.observability.PipelineMetrics;
import dev.schemawright.observability.RunLogContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Accepting a run, the same way for one upload and for each project of a batch. Only what needs no parsing happens
 * here, on the request thread; the documents are read by a parse worker ({@link UploadWorker}) off it:
 * <ol>
 * <li>the checks that need no parsing ({@link Ingestor#screen}: empty, too large, a type we do not read) reject the
 * upload (4xx problem) before anything is stored or published; while abandoned parses hold every parse thread the
 * upload is refused with 503 {@code parser-unavailable} (Retry-After);</li>
 * <li>runId = content hash (tenant, project, documents); if run.json (read) or upload.json (stored, not yet read)
 * exists the run was accepted before: answer it and publish nothing, unless it failed: then it is retried;</li>
 * <li>store the inputs, publish the run's upload event and wait for the broker's ack, then write upload.json (so its
 * presence means the event is out) and answer 202 {@code accepted}.</li>
 * </ol>
 * A retry publishes the run's upload event again as the next attempt; its parse publishes new event ids.
 */
@ApplicationScoped
public class RunSubmission {
    private static final Logger LOG = Logger.getLogger(RunSubmission.class);
    static final String PARSER_UNAVAILABLE = "parser-unavailable";

    private final Ingestor ingestor;
    private final RunStorage storage;
    private final UploadPublisher publisher;
    private final RunStatusBoard board;
    private final RunStatusService status;
    private final RunAttempts attempts;
    private final PipelineMetrics metrics;
    // Two identical uploads at once on this instance: the second waits and then finds upload.json.
    private final Map<String, Object> inFlight = new ConcurrentHashMap<>();
    // Storage calls of an upload made at once (its documents, its two records): bounded, and daemon threads.
    private final ExecutorService io = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "upload-storage");
        t.setDaemon(true);
        return t;
    });

    public RunSubmission(Ingestor ingestor, RunStorage storage, UploadPublisher publisher, RunStatusBoard board,
                         RunStatusService status, RunAttempts attempts, PipelineMetrics metrics) {
        this.ingestor = ingestor;
        this.storage = storage;
        this.publisher = publisher;
        this.board = board;
        this.status = status;
        this.attempts = attempts;
        this.metrics = metrics;
    }

    /** The outcome of a submission: the run's progress and whether this call started it (a new run or a retry). */
    public record SubmittedRun(RunProgress progress, boolean created) {
        public String runId() {
            return progress.runId();
        }
    }

    public SubmittedRun submit(RunInput input) {
        long start = System.nanoTime();
        ProjectRef project = input.project();
        List<Diagnostic> refused = ingestor.screen(input.documents());
        if (!refused.isEmpty()) {
            throw Rejections.of(refused);
        }
        String runId = input.runId();
        RunLogContext.set(project.tenantId(), project.projectId(), runId);
        String clock = RunChanges.key(project, runId);
        Object lock = inFlight.computeIfAbsent(project.kafkaKey() + "/" + runId, k -> new Object());
        synchronized (lock) {
            try {
                Optional<RunRecord> existing = readRecord(project, runId);
                if (existing.isPresent()) {
                    RunProgress known = status.find(project, runId).orElseGet(() -> board.intake(existing.get()));
                    if (known.state() == RunProgress.RunState.FAILED) {
                        // uploading a failed run's documents again retries it: timed like a new upload
                        requireParser();
                        metrics.uploadStarted(clock, start);
                        RunProgress retried = abandonClockOnFailure(clock, () -> retry(known.known(), known.attempt()));
                        return new SubmittedRun(retried, true);
                    }
                    return new SubmittedRun(known, false);
                }
                requireParser();
                // the clock is registered before the event goes out: the run can be published before accept() returns
                metrics.uploadStarted(clock, start);
                RunRecord accepted = abandonClockOnFailure(clock, () -> accept(input, runId));
                return new SubmittedRun(board.intake(accepted), true);
            } finally {
                inFlight.remove(project.kafkaKey() + "/" + runId);
            }
        }
    }

    /** While abandoned parses hold every parse thread, nothing new can be read: say so now rather than queue it. */
    private void requireParser() {
        if (ingestor.parseThreads().exhausted()) {
            throw new ApiProblem(503, PARSER_UNAVAILABLE, "Parser unavailable",
                    "all " + ingestor.parseThreads().size() + " parse threads are held by documents that passed their time limit;"
                            + " nothing was stored, retry the upload later", List.of(), Duration.ofSeconds(5));
        }
    }

    /** A rejected upload publishes nothing: its upload→published clock must not wait for it. */
    private <T> T abandonClockOnFailure(String clock, Supplier<T> upload) {
        try {
            return upload.get();
        } catch (RuntimeException e) {
            metrics.uploadAbandoned(clock);
            throw e;
        }
    }

    /**
     * {@code POST .../runs/{runId}/retry}: a failed run (documents that could not be read, a design past its budget, an
     * expired gathering, storage that stayed away) runs again as its next attempt.
     *
     * @throws ApiProblem 404 when the tenant has no such run, 409 when it is not failed
     */
    public SubmittedRun retry(ProjectRef project, String runId) {
        Object lock = inFlight.computeIfAbsent(project.kafkaKey() + "/" + runId, k -> new Object());
        synchronized (lock) {
            try {
                RunProgress progress = status.find(project, runId).orElseThrow(() -> notFound(project, runId));
                if (progress.known() == null) {
                    throw notFound(project, runId);
                }
                if (progress.state() != RunProgress.RunState.FAILED) {
                    throw new ApiProblem(409, "run-not-failed", "Run not failed",
                            "run " + runId + " is " + progress.state().label() + "; only a failed run can be retried");
                }
                requireParser();
                return new SubmittedRun(retry(progress.known(), progress.attempt()), true);
            } finally {
                inFlight.remove(project.kafkaKey() + "/" + runId);
            }
        }
    }

    private RunProgress retry(RunRecord record, int failedAttempt) {
        ProjectRef project = record.project();
        RunRef next = new RunRef(project.tenantId(), project.projectId(), record.runId(),
                Math.max(failedAttempt, attempts.current(project, record.runId())) + 1);
        for (RunRecord.Document d : record.documents()) {
            if (!exists(d.key())) {
                throw new ApiProblem(409, "run-not-retryable", "Run not retryable",
                        "document " + d.name() + " of run " + record.runId() + " is no longer stored; upload the documents again");
            }
        }
        publish(UploadEvent.of(next, uploadDocuments(record)));
        try {
            attempts.advance(project, record.runId(), next.attempt());
        } catch (RuntimeException e) {
            LOG.errorf(e, "recording attempt %d of %s failed", next.attempt(), next);
        }
        LOG.infof("retrying run %s: its documents are read again as attempt %d", next, next.attempt());
        return board.update(project, record.runId(), p -> p.withIntake(record).retried(next.attempt()));
    }

    private RunRecord accept(RunInput input, String runId) {
        ProjectRef project = input.project();
        RunRecord intake = intake(input, runId);
        try {
            // the documents are written at once: the upload waits for one round trip to storage, not one per document
            List<CompletableFuture<Void>> puts = input.documents().stream()
                    .map(doc -> CompletableFuture.runAsync(() -> storage.put(ObjectKeys.input(project.tenantId(), project.projectId(), runId,
                            doc.name()), doc.content(), "application/octet-stream"), io))
                    .toList();
            CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            LOG.errorf(e, "storing inputs of %s/%s failed", project, runId);
            throw new ApiProblem(503, "storage-unavailable", "Storage unavailable",
                    "the documents could not be stored; nothing was published, retry the upload");
        }
        publish(UploadEvent.of(RunRef.first(project, runId), uploadDocuments(intake)));
        try {
            storage.putJsonIfAbsent(RunRecord.intakeKey(project, runId), intake);
        } catch (RuntimeException e) {
            LOG.errorf(e, "writing upload.json of %s/%s failed", project, runId);
            throw new ApiProblem(503, "storage-unavailable", "Storage unavailable",
                    "the run's record could not be stored; retry the upload (the run id stays the same, nothing is duplicated)");
        }
        LOG.infof("accepted run %s/%s: %d documents stored, to be read", project, runId, input.documents().size());
        return intake;
    }

    private void publish(UploadEvent event) {
        try {
            publisher.upload(event);
        } catch (RuntimeException e) {
            LOG.errorf(e, "publishing the upload of %s failed", event.run());
            throw new ApiProblem(503, "broker-unavailable", "Event broker unavailable",
                    "the run's upload event could not be published; retry the upload (the run id stays the same)");
        }
    }

    static List<UploadEvent.Document> uploadDocuments(RunRecord record) {
        return record.documents().stream()
                .map(d -> new UploadEvent.Document(d.name(), d.uploadedName(), d.roleGiven() ? d.role() : null, d.key(), d.size(), d.sha256()))
                .toList();
    }

    /** upload.json, else run.json (a run read before uploads were queued has only that); both asked at once. */
    private Optional<RunRecord> readRecord(ProjectRef project, String runId) {
        try {
            CompletableFuture<Optional<RunRecord>> read = CompletableFuture.supplyAsync(
                    () -> storage.getJson(RunRecord.key(project, runId), RunRecord.class), io);
            Optional<RunRecord> intake = storage.getJson(RunRecord.intakeKey(project, runId), RunRecord.class);
            return intake.isPresent() ? intake : read.join();
        } catch (RuntimeException e) {
            LOG.errorf(e, "reading the record of %s/%s failed", project, runId);
            throw new ApiProblem(503, "storage-unavailable", "Storage unavailable", "object storage did not answer; retry the upload");
        }
    }

    private boolean exists(String key) {
        try {
            return storage.exists(key);
        } catch (RuntimeException e) {
            throw new ApiProblem(503, "storage-unavailable", "Storage unavailable", "object storage did not answer; retry");
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        io.shutdown();
    }

    static ApiProblem notFound(ProjectRef project, String runId) {
        return new ApiProblem(404, "run-not-found", "Run not found", "project " + project.projectId() + " has no run " + runId);
    }

    /** The record of a stored, unread run: names, roles given, sizes, hashes and keys; nothing read yet. */
    static RunRecord intake(RunInput input, String runId) {
        List<RunRecord.Document> documents = new ArrayList<>();
        for (InputDocument doc : input.documents().stream().sorted(java.util.Comparator.comparing(InputDocument::name)).toList()) {
            documents.add(new RunRecord.Document(doc.name(), input.uploadedName(doc.name()), doc.role(), doc.role() != null,
                    null, null, null, doc.size(), dev.schemawright.contracts.requirement.RunIds.sha256Hex(doc.content()), 0,
                    ObjectKeys.input(input.tenantId(), input.projectId(), runId, doc.name())));
        }
        return RunRecord.of(input.project(), runId, 0, documents);
    }

    /** run.json of a read run: what ingest found in each document. */
    static RunRecord record(RunRecord intake, IngestResult result) {
        Map<String, DocumentSummary> summaries = result.documents().stream()
                .collect(Collectors.toMap(DocumentSummary::name, Function.identity(), (a, b) -> a));
        List<RunRecord.Document> documents = new ArrayList<>();
        for (RunRecord.Document d : intake.documents()) {
            DocumentSummary s = summaries.get(d.name());
            documents.add(new RunRecord.Document(d.name(), d.uploadedName(), s == null ? d.role() : s.role(), d.roleGiven(),
                    s == null ? null : s.mediaType(), s == null ? null : s.charset(), s == null ? null : s.language(),
                    d.size(), s == null ? d.sha256() : s.sha256(), s == null ? 0 : s.requirementCount(), d.key()));
        }
        return RunRecord.of(intake.project(), intake.runId(), result.requirements().size(), documents);
    }
}
