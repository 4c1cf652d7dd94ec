package dev.schemawright.contracts.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.schemawright.contracts.tenant.ProjectRef;

/**
 * Common envelope of every event: a deterministic id (consumers drop duplicates by it), a type, the schema version,
 * and the tenant, project and run it belongs to. Kafka keys are {@code tenantId/projectId} ({@link #kafkaKey()}).
 * {@code tenantId} was added within v1: absent reads as {@code default}.
 */
public sealed interface PipelineEvent permits UploadEvent, RequirementEvent, ModelReadyEvent, ArtifactsReadyEvent, RunFailedEvent {
    int SCHEMA_VERSION = 1;

    String eventId();

    String tenantId();

    String projectId();

    String runId();

    int schemaVersion();

    @JsonProperty("type")
    String type();

    default ProjectRef project() {
        return new ProjectRef(tenantId(), projectId());
    }

    /** The Kafka record key: a project's events share one partition and keep their order. */
    default String kafkaKey() {
        return project().kafkaKey();
    }
}
