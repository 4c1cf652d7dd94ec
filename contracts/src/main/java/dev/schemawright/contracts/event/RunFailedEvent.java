package dev.schemawright.contracts.event;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.Lists;
import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.tenant.RunRef;
import dev.schemawright.contracts.tenant.Tenants;
import java.util.List;

/** An attempt of a run could not complete: which stage, why, and the diagnostics that explain it. */
public record RunFailedEvent(String eventId, int schemaVersion, String tenantId, String projectId, String runId,
                              @JsonSetter(nulls = Nulls.AS_EMPTY) int attempt, String stage,
                             String reason, List<Diagnostic> diagnostics) implements PipelineEvent {
    public static final String TYPE = "dev.schemawright.run-failed.v1";

    public RunFailedEvent {
        Lists.requireText(eventId, "eventId");
        tenantId = Tenants.orDefault(tenantId);
        Ids.requireProjectId(projectId);
        Ids.requireRunId(runId);
        attempt = Attempts.orFirst(attempt);
        Lists.requireText(stage, "stage");
        Lists.requireText(reason, "reason");
        diagnostics = Lists.copy(diagnostics);
    }

    public static RunFailedEvent of(RunRef run, String stage, String reason, List<Diagnostic> diagnostics) {
        return new RunFailedEvent(run.eventIdPrefix() + "-failed-" + stage, SCHEMA_VERSION, run.tenantId(), run.projectId(), run.runId(),
                run.attempt(), stage, reason, diagnostics);
    }

    public RunRef run() {
        return new RunRef(tenantId, projectId, runId, attempt);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
