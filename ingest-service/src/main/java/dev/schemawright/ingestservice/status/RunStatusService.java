package dev.schemawright.ingestservice.status;

import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.contracts.event.RunFailedEvent;
import dev.schemawright.contracts.tenant.ProjectRef;
import dev.schemawright.ingestservice.store.RunRecord;
import dev.schemawright.ingestservice.store.RunStorage;
import dev.schemawright.ingestservice.status.RunProgress.StageFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * A run's status: the in-memory board, completed from object storage (upload.json = accepted, run.json = ingested,
 * manifest.json = published, the current attempt's failure record = failed) so a restart, another instance or an evicted entry still
 * answers correctly. Runs are looked up inside the caller's tenant only.
 */
@ApplicationScoped
public class RunStatusService {
    private final RunStatusBoard board;
    private final RunStorage storage;
    private final RunAttempts attempts;

    public RunStatusService(RunStatusBoard board, RunStorage storage, RunAttempts attempts) {
        this.board = board;
        this.storage = storage;
        this.attempts = attempts;
    }

    /** Empty when neither the board nor storage knows the run. */
    public Optional<RunProgress> find(ProjectRef project, String runId) {
        RunProgress progress = board.get(project, runId).orElse(RunProgress.unknown(project.projectId(), runId));
        if (progress.run() == null) {
            Optional<RunRecord> record = storage.getJson(RunRecord.key(project, runId), RunRecord.class);
            if (record.isPresent()) {
                int attempt = attempts.current(project, runId);
                progress = board.update(project, runId, p -> p.withRun(record.get()).retried(attempt));
            } else if (progress.intake() == null) {
                // stored and queued, not read yet (or its documents could not be read: then a failure record says so)
                Optional<RunRecord> intake = storage.getJson(RunRecord.intakeKey(project, runId), RunRecord.class);
                if (intake.isPresent()) {
                    int attempt = attempts.current(project, runId);
                    progress = board.update(project, runId, p -> p.withIntake(intake.get()).retried(attempt));
                }
            }
        }
        if (!progress.published()) {
            var manifest = storage.get(ObjectKeys.artifact(project.tenantId(), project.projectId(), runId, ManifestEntries.MANIFEST));
            if (manifest.isPresent()) {
                var entries = ManifestEntries.parse(manifest.get().bytes());
                progress = board.update(project, runId, p -> p.withArtifacts("storage:" + ManifestEntries.MANIFEST, entries));
            }
        }
        if (!progress.published() && progress.failures().isEmpty() && progress.known() != null) {
            int attempt = progress.attempt();
            Optional<RunFailedEvent> failure = storage.getJson(RunAttempts.failureKey(project, runId, attempt), RunFailedEvent.class);
            if (failure.isPresent()) {
                RunFailedEvent e = failure.get();
                progress = board.update(project, runId,
                        p -> p.withFailure(e.eventId(), new StageFailure(e.stage(), e.reason(), e.diagnostics()), e.attempt()));
            }
        }
        return progress.isEmpty() ? Optional.empty() : Optional.of(progress);
    }
}
