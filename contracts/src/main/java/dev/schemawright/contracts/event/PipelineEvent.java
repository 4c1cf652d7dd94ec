package dev.schemawright.contracts.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Common envelope of every event: a deterministic id (consumers drop duplicates by it), a type, the schema version,
 * and the project/run it belongs to. Kafka keys are project ids.
 */
public sealed interface PipelineEvent permits RequirementEvent, ModelReadyEvent, ArtifactsReadyEvent, RunFailedEvent {
    int SCHEMA_VERSION = 1;

    String eventId();

    String projectId();

    String runId();

    int schemaVersion();

    @JsonProperty("type")
    String type();
}
