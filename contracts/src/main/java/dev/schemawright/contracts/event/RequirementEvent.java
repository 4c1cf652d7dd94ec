package dev.schemawright.contracts.event;

import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.Lists;
import dev.schemawright.contracts.requirement.Requirement;
import java.util.Objects;

/** One requirement of a run; {@code seq} is 1-based, {@code total} the run's requirement count. */
public record RequirementEvent(String eventId, int schemaVersion, String projectId, String runId, int seq, int total,
                               Requirement requirement) implements PipelineEvent {
    public static final String TYPE = "dev.schemawright.requirement.v1";

    public RequirementEvent {
        Lists.requireText(eventId, "eventId");
        Ids.requireProjectId(projectId);
        Ids.requireRunId(runId);
        Objects.requireNonNull(requirement, "requirement");
        if (total < 1 || seq < 1 || seq > total) {
            throw new IllegalArgumentException("bad seq/total " + seq + "/" + total);
        }
    }

    public static RequirementEvent of(String projectId, String runId, int seq, int total, Requirement requirement) {
        return new RequirementEvent(runId + "-req-" + seq, SCHEMA_VERSION, projectId, runId, seq, total, requirement);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
