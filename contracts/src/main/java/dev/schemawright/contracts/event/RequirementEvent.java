package dev.schemawright.contracts.event;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.Lists;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.tenant.RunRef;
import dev.schemawright.contracts.tenant.Tenants;
import java.util.Objects;

/**
 * One requirement of a run; {@code seq} is 1-based, {@code total} the run's requirement count. {@code attempt} (added
 * within v1, absent = 1) counts retries of a failed run: each attempt is gathered on its own.
 */
public record RequirementEvent(String eventId, int schemaVersion, String tenantId, String projectId, String runId,
                              @JsonSetter(nulls = Nulls.AS_EMPTY) int attempt, int seq,
                               int total, Requirement requirement) implements PipelineEvent {
    public static final String TYPE = "dev.schemawright.requirement.v1";

    public RequirementEvent {
        Lists.requireText(eventId, "eventId");
        tenantId = Tenants.orDefault(tenantId);
        Ids.requireProjectId(projectId);
        Ids.requireRunId(runId);
        attempt = Attempts.orFirst(attempt);
        Objects.requireNonNull(requirement, "requirement");
        if (total < 1 || seq < 1 || seq > total) {
            throw new IllegalArgumentException("bad seq/total " + seq + "/" + total);
        }
    }

    public static RequirementEvent of(RunRef run, int seq, int total, Requirement requirement) {
        return new RequirementEvent(run.eventIdPrefix() + "-req-" + seq, SCHEMA_VERSION, run.tenantId(), run.projectId(), run.runId(),
                run.attempt(), seq, total, requirement);
    }

    public RunRef run() {
        return new RunRef(tenantId, projectId, runId, attempt);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
