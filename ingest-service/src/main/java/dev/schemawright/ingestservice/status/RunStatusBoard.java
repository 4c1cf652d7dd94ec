package dev.schemawright.ingestservice.status;

import dev.schemawright.contracts.tenant.ProjectRef;
import dev.schemawright.ingestservice.IngestSettings;
import dev.schemawright.ingestservice.live.RunChanges;
import dev.schemawright.ingestservice.store.RunRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The live status of recent runs, in memory and bounded (least recently used runs fall out), keyed by tenant, project
 * and run. Losing an entry loses nothing: {@link RunStatusService} rebuilds accepted / published / failed from storage.
 */
@ApplicationScoped
public class RunStatusBoard {
    private final Map<String, RunProgress> runs;
    private final RunChanges changes;

    public RunStatusBoard(IngestSettings settings, RunChanges changes) {
        this.changes = changes;
        int capacity = settings.status().maxTrackedRuns();
        this.runs = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RunProgress> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized Optional<RunProgress> get(ProjectRef project, String runId) {
        return Optional.ofNullable(runs.get(key(project, runId)));
    }

    public synchronized RunProgress update(ProjectRef project, String runId, UnaryOperator<RunProgress> change) {
        RunProgress before = runs.get(key(project, runId));
        RunProgress next = change.apply(before != null ? before : RunProgress.unknown(project.projectId(), runId));
        runs.put(key(project, runId), next);
        changes.changed(project, before, next);
        return next;
    }

    /** The run's documents are read and its requirements published (run.json). */
    public RunProgress accepted(RunRecord record) {
        return update(record.project(), record.runId(), p -> p.withRun(record));
    }

    /** The run's documents are stored and its upload event is out (upload.json): it waits for a parse worker. */
    public RunProgress intake(RunRecord record) {
        return update(record.project(), record.runId(), p -> p.withIntake(record));
    }

    public RunProgress parsing(RunRecord intake, int attempt) {
        return update(intake.project(), intake.runId(), p -> p.withIntake(intake).parsing(attempt));
    }

    private static String key(ProjectRef project, String runId) {
        return project.kafkaKey() + "/" + runId;
    }
}
