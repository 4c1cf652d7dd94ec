package dev.schemawright.ingestservice.batch;

import dev.schemawright.contracts.requirement.RunIds;
import dev.schemawright.ingestservice.IngestSettings;
import dev.schemawright.ingestservice.batch.BatchRecord.Line;
import dev.schemawright.ingestservice.problem.ApiProblem;
import dev.schemawright.ingestservice.status.RunProgress;
import dev.schemawright.ingestservice.status.RunStatusService;
import dev.schemawright.ingestservice.store.RunStorage;
import dev.schemawright.ingestservice.upload.RunInput;
import dev.schemawright.ingestservice.upload.RunSubmission;
import dev.schemawright.contracts.tenant.ProjectRef;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.annotation.PreDestroy;
import java.time.temporal.ChronoUnit;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Accepts a batch and submits each project as an independent run (the same {@link RunSubmission} an upload uses), a
 * few at a time. Once accepted, runs are keyed by their own projectId, so they spread over partitions and flow
 * through modeling and render in parallel. batchId = hash of every project's (projectId, runId): the same projects
 * with the same documents are the same batch, however they were packed.
 */
@ApplicationScoped
public class BatchService {
    private static final Logger LOG = Logger.getLogger(BatchService.class);
    private static final int PERSIST_EVERY = 25;

    private final RunSubmission submission;
    private final RunStatusService runs;
    private final RunStorage storage;
    private final ExecutorService pool;
    private final BatchAdmission admission;
    private final Guard transientRetry;
    private final Map<String, BatchRecord> live = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> completions = new ConcurrentHashMap<>();

    public BatchService(RunSubmission submission, RunStatusService runs, RunStorage storage, IngestSettings settings) {
        this.submission = submission;
        this.runs = runs;
        this.storage = storage;
        this.admission = new BatchAdmission(settings.batch().maxBytesInFlight().asLongValue(), settings.batch().maxQueuedProjects());
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(settings.batch().parallelism(), r -> {
            Thread t = new Thread(r, "batch-ingest-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // an accepted batch is this service's to deliver: storage or broker away for a while delays its projects
        this.transientRetry = Guard.create().withDescription("submit a batch project")
                .withRetry().maxRetries(-1).maxDuration(settings.batch().retryFor().toMillis(), ChronoUnit.MILLIS)
                .delay(500, ChronoUnit.MILLIS).jitter(200, ChronoUnit.MILLIS)
                .withExponentialBackoff().maxDelay(Math.min(10_000, settings.batch().retryFor().toMillis() / 2), ChronoUnit.MILLIS).done()
                .whenException(e -> e instanceof ApiProblem p && p.status() == 503)
                .done().build();
    }

    public record Accepted(BatchRecord record, boolean created) {
    }

    /** Room for one archive, reserved before it is read (429 when the service is full). */
    public BatchAdmission.Reservation reserve(long maxExpandedBytes) {
        return admission.reserve(maxExpandedBytes);
    }

    public BatchAdmission admission() {
        return admission;
    }

    public Accepted accept(String tenantId, String source, BatchContents contents, BatchAdmission.Reservation reservation) {
        List<RunInput> inputs = contents.projects().stream()
                .map(p -> RunInput.of(new ProjectRef(tenantId, p.projectId()), p.files(), null)).toList();
        List<Line> lines = inputs.stream().map(i -> Line.queued(i.projectId(), i.runId(), i.documents().size())).toList();
        String batchId = batchId(lines);
        String liveKey = tenantId + "/" + batchId;
        Optional<BatchRecord> existing = find(tenantId, batchId);
        if (existing.isPresent() && (live.containsKey(liveKey) || existing.get().submitted())) {
            reservation.release();
            return new Accepted(existing.get(), false);
        }
        // known from storage but not all submitted, and not in progress here: this instance died while submitting it.
        // Posting the same archive again resumes it: every project is submitted again (done ones are no-ops).
        BatchRecord record = existing.map(r -> new BatchRecord(r.schemaVersion(), tenantId, batchId, source, lines, r.ignored()))
                .orElse(new BatchRecord(BatchRecord.SCHEMA_VERSION, tenantId, batchId, source, lines, contents.ignored()));
        if (live.putIfAbsent(liveKey, record) != null) {
            reservation.release();
            return new Accepted(live.get(liveKey), false);
        }
        long bytes = contents.projects().stream().flatMap(p -> p.files().stream()).mapToLong(f -> f.size()).sum();
        try {
            reservation.admit(bytes, inputs.size());
            storage.putJson(BatchRecord.key(tenantId, batchId), record);
        } catch (RuntimeException e) {
            live.remove(liveKey);
            reservation.release();
            throw e;
        }
        completions.put(liveKey, new AtomicInteger());
        for (RunInput input : inputs) {
            pool.submit(() -> submitOne(liveKey, input, reservation));
        }
        LOG.infof("accepted batch %s of %s from %s: %d projects", batchId, tenantId, source, inputs.size());
        return new Accepted(record, existing.isEmpty());
    }

    public Optional<BatchRecord> find(String tenantId, String batchId) {
        BatchRecord record = live.get(tenantId + "/" + batchId);
        return record != null ? Optional.of(record) : storage.getJson(BatchRecord.key(tenantId, batchId), BatchRecord.class);
    }

    public BatchView view(BatchRecord record) {
        return BatchView.of(record, line -> runs.find(new ProjectRef(record.tenantId(), line.projectId()), line.runId())
                .map(RunProgress::state).map(RunProgress.RunState::label).orElse("accepted"));
    }

    private void submitOne(String liveKey, RunInput input, BatchAdmission.Reservation reservation) {
        Line queued = live.get(liveKey).projects().stream().filter(l -> l.projectId().equals(input.projectId())).findFirst().orElseThrow();
        Line done;
        try {
            transientRetry.get(() -> submission.submit(input), RunSubmission.SubmittedRun.class);
            done = queued.accepted();
        } catch (ApiProblem p) {
            done = queued.rejected(p.status(), p.code(), p.problem().detail());
        } catch (RuntimeException | LinkageError e) {
            // Never leave a line queued forever: whatever broke, the project is reported as failed.
            LOG.errorf(e, "batch %s: project %s failed in ingest", liveKey, input.projectId());
            done = queued.rejected(500, "internal-error", "ingest failed unexpectedly; see the service log");
        } finally {
            reservation.projectDone();
        }
        Line line = done;
        BatchRecord updated = live.computeIfPresent(liveKey, (id, r) -> r.withLine(line));
        int finished = completions.get(liveKey).incrementAndGet();
        if (updated != null && (updated.submitted() || finished % PERSIST_EVERY == 0)) {
            try {
                // Under the map's lock for this batch, so the last write holds the final lines.
                live.computeIfPresent(liveKey, (id, r) -> {
                    storage.putJson(BatchRecord.key(r.tenantId(), r.batchId()), r);
                    return r;
                });
            } catch (RuntimeException e) {
                LOG.errorf(e, "batch %s: could not persist batch.json", liveKey);
            }
        }
    }

    static String batchId(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        lines.stream().sorted(Comparator.comparing(Line::projectId))
                .forEach(l -> text.append(l.projectId()).append(':').append(l.runId()).append('\n'));
        return RunIds.sha256Hex(text.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 24);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
