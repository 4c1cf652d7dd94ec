package dev.schemawright.ingestservice.status;

import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.contracts.event.RunFailedEvent;
import dev.schemawright.ingestservice.store.RunRecord;
import dev.schemawright.ingestservice.store.RunStorage;
import dev.schemawright.ingestservice.status.RunProgress.StageFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * A run's status: the in-memory board, completed from object storage (run.json = accepted, manifest.json =
 * published, run-failed.json = failed) so a restart, another instance or an evicted entry still answers correctly.
 */
@ApplicationScoped
public class RunStatusService {
    /** Written by this service when it consumes a run-failed event, so failures survive restarts too. */
    public static final String FAILURE_RECORD = "run-failed.json";

    private final RunStatusBoard board;
    private final RunStorage storage;

    public RunStatusService(RunStatusBoard board, RunStorage storage) {
        this.board = board;
        this.storage = storage;
    }

    public static String failureKey(String projectId, String runId) {
        return ObjectKeys.artifact(projectId, runId, FAILURE_RECORD);
    }

    /** Empty when neither the board nor storage knows the run. */
    public Optional<RunProgress> find(String projectId, String runId) {
        RunProgress progress = board.get(projectId, runId).orElse(RunProgress.unknown(projectId, runId));
        if (progress.run() == null) {
            Optional<RunRecord> record = storage.getJson(RunRecord.key(projectId, runId), RunRecord.class);
            if (record.isPresent()) {
                progress = board.update(projectId, runId, p -> p.withRun(record.get()));
            }
        }
        if (!progress.published()) {
            var manifest = storage.get(ObjectKeys.artifact(projectId, runId, ManifestEntries.MANIFEST));
            if (manifest.isPresent()) {
                var entries = ManifestEntries.parse(manifest.get().bytes());
                progress = board.update(projectId, runId, p -> p.withArtifacts("storage:" + ManifestEntries.MANIFEST, entries));
            }
        }
        if (!progress.published() && progress.failures().isEmpty()) {
            Optional<RunFailedEvent> failure = storage.getJson(failureKey(projectId, runId), RunFailedEvent.class);
            if (failure.isPresent()) {
                RunFailedEvent e = failure.get();
                progress = board.update(projectId, runId, p -> p.withFailure(e.eventId(), new StageFailure(e.stage(), e.reason(), e.diagnostics())));
            }
        }
        return progress.isEmpty() ? Optional.empty() : Optional.of(progress);
    }
}
