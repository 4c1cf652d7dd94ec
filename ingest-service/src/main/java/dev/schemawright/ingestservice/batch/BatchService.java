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
import jakarta.annotation.PreDestroy;
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
    private final Map<String, BatchRecord> live = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> completions = new ConcurrentHashMap<>();

    public BatchService(RunSubmission submission, RunStatusService runs, RunStorage storage, IngestSettings settings) {
        this.submission = submission;
        this.runs = runs;
        this.storage = storage;
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(settings.batch().parallelism(), r -> {
            Thread t = new Thread(r, "batch-ingest-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public record Accepted(BatchRecord record, boolean created) {
    }

    public Accepted accept(String source, BatchContents contents) {
        List<RunInput> inputs = contents.projects().stream().map(p -> RunInput.of(p.projectId(), p.files(), null)).toList();
        List<Line> lines = inputs.stream().map(i -> Line.queued(i.projectId(), i.runId(), i.documents().size())).toList();
        String batchId = batchId(lines);
        Optional<BatchRecord> existing = find(batchId);
        if (existing.isPresent()) {
            return new Accepted(existing.get(), false);
        }
        BatchRecord record = new BatchRecord(BatchRecord.SCHEMA_VERSION, batchId, source, lines, contents.ignored());
        if (live.putIfAbsent(batchId, record) != null) {
            return new Accepted(live.get(batchId), false);
        }
        storage.putJson(BatchRecord.key(batchId), record);
        completions.put(batchId, new AtomicInteger());
        for (RunInput input : inputs) {
            pool.submit(() -> submitOne(batchId, input));
        }
        LOG.infof("accepted batch %s from %s: %d projects", batchId, source, inputs.size());
        return new Accepted(record, true);
    }

    public Optional<BatchRecord> find(String batchId) {
        BatchRecord record = live.get(batchId);
        return record != null ? Optional.of(record) : storage.getJson(BatchRecord.key(batchId), BatchRecord.class);
    }

    public BatchView view(BatchRecord record) {
        return BatchView.of(record, line -> runs.find(line.projectId(), line.runId())
                .map(RunProgress::state).map(RunProgress.RunState::label).orElse("accepted"));
    }

    private void submitOne(String batchId, RunInput input) {
        Line queued = live.get(batchId).projects().stream().filter(l -> l.projectId().equals(input.projectId())).findFirst().orElseThrow();
        Line done;
        try {
            submission.submit(input);
            done = queued.accepted();
        } catch (ApiProblem p) {
            done = queued.rejected(p.status(), p.code(), p.problem().detail());
        } catch (RuntimeException | LinkageError e) {
            // Never leave a line queued forever: whatever broke, the project is reported as failed.
            LOG.errorf(e, "batch %s: project %s failed in ingest", batchId, input.projectId());
            done = queued.rejected(500, "internal-error", "ingest failed unexpectedly; see the service log");
        }
        Line line = done;
        BatchRecord updated = live.computeIfPresent(batchId, (id, r) -> r.withLine(line));
        int finished = completions.get(batchId).incrementAndGet();
        if (updated != null && (updated.submitted() || finished % PERSIST_EVERY == 0)) {
            try {
                // Under the map's lock for this batch, so the last write holds the final lines.
                live.computeIfPresent(batchId, (id, r) -> {
                    storage.putJson(BatchRecord.key(id), r);
                    return r;
                });
            } catch (RuntimeException e) {
                LOG.errorf(e, "batch %s: could not persist batch.json", batchId);
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
