package dev.schemawright.contracts.event;

import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.Lists;
import dev.schemawright.contracts.model.Diagnostic;
import java.util.List;

/** A run could not complete: which stage, why, and the diagnostics that explain it. */
public record RunFailedEvent(String eventId, int schemaVersion, String projectId, String runId, String stage,
                             String reason, List<Diagnostic> diagnostics) implements PipelineEvent {
    public static final String TYPE = "dev.schemawright.run-failed.v1";

    public RunFailedEvent {
        Lists.requireText(eventId, "eventId");
        Ids.requireProjectId(projectId);
        Ids.requireRunId(runId);
        Lists.requireText(stage, "stage");
        Lists.requireText(reason, "reason");
        diagnostics = Lists.copy(diagnostics);
    }

    public static RunFailedEvent of(String projectId, String runId, String stage, String reason, List<Diagnostic> diagnostics) {
        return new RunFailedEvent(runId + "-failed-" + stage, SCHEMA_VERSION, projectId, runId, stage, reason, diagnostics);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
