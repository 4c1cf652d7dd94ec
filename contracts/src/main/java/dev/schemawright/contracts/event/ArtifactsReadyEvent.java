package dev.schemawright.contracts.event;

import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.Lists;
import dev.schemawright.contracts.tenant.Tenants;
import java.util.List;

/** All artifacts of a run are stored under {@code prefix}. One per run, whichever attempt published it. */
public record ArtifactsReadyEvent(String eventId, int schemaVersion, String tenantId, String projectId, String runId, String prefix,
                                  List<ArtifactRef> artifacts) implements PipelineEvent {
    public static final String TYPE = "dev.schemawright.artifacts-ready.v1";

    public ArtifactsReadyEvent {
        Lists.requireText(eventId, "eventId");
        tenantId = Tenants.orDefault(tenantId);
        Ids.requireProjectId(projectId);
        Ids.requireRunId(runId);
        Lists.requireText(prefix, "prefix");
        artifacts = Lists.copy(artifacts);
    }

    public static ArtifactsReadyEvent of(String tenantId, String projectId, String runId, String prefix, List<ArtifactRef> artifacts) {
        return new ArtifactsReadyEvent(runId + "-artifacts", SCHEMA_VERSION, tenantId, projectId, runId, prefix, artifacts);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
