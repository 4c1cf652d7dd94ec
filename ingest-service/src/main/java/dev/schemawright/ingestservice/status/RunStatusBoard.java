package dev.schemawright.ingestservice.status;

import dev.schemawright.ingestservice.IngestSettings;
import dev.schemawright.ingestservice.store.RunRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The live status of recent runs, in memory and bounded (least recently used runs fall out). Losing an entry loses
 * nothing: {@link RunStatusService} rebuilds accepted / published / failed from object storage.
 */
@ApplicationScoped
public class RunStatusBoard {
    private final Map<String, RunProgress> runs;

    public RunStatusBoard(IngestSettings settings) {
        int capacity = settings.status().maxTrackedRuns();
        this.runs = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RunProgress> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized Optional<RunProgress> get(String projectId, String runId) {
        return Optional.ofNullable(runs.get(key(projectId, runId)));
    }

    public synchronized RunProgress update(String projectId, String runId, UnaryOperator<RunProgress> change) {
        RunProgress next = change.apply(runs.getOrDefault(key(projectId, runId), RunProgress.unknown(projectId, runId)));
        runs.put(key(projectId, runId), next);
        return next;
    }

    public RunProgress accepted(RunRecord record) {
        return update(record.projectId(), record.runId(), p -> p.withRun(record));
    }

    private static String key(String projectId, String runId) {
        return projectId + "/" + runId;
    }
}
