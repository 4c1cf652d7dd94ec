package dev.schemawright.contracts.event;

import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.Lists;
import java.util.List;

/** All artifacts of a run are stored under {@code prefix}. */
public record ArtifactsReadyEvent(String eventId, int schemaVersion, String projectId, String runId, String prefix,
                                  List<ArtifactRef> artifacts) implements PipelineEvent {
    public static final String TYPE = "dev.schemawright.artifacts-ready.v1";

    public ArtifactsReadyEvent {
        Lists.requireText(eventId, "eventId");
        Ids.requireProjectId(projectId);
        Ids.requireRunId(runId);
        Lists.requireText(prefix, "prefix");
        artifacts = Lists.copy(artifacts);
    }

    public static ArtifactsReadyEvent of(String projectId, String runId, String prefix, List<ArtifactRef> artifacts) {
        return new ArtifactsReadyEvent(runId + "-artifacts", SCHEMA_VERSION, projectId, runId, prefix, artifacts);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
