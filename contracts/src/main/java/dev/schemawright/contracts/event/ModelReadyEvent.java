package dev.schemawright.contracts.event;

import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.Lists;
import dev.schemawright.contracts.model.SchemaModel;
import java.util.Objects;

/** The finished schema model of a run. */
public record ModelReadyEvent(String eventId, int schemaVersion, String projectId, String runId, String generatorVersion,
                              SchemaModel model) implements PipelineEvent {
    public static final String TYPE = "dev.schemawright.model-ready.v1";

    public ModelReadyEvent {
        Lists.requireText(eventId, "eventId");
        Ids.requireProjectId(projectId);
        Ids.requireRunId(runId);
        Lists.requireText(generatorVersion, "generatorVersion");
        Objects.requireNonNull(model, "model");
    }

    public static ModelReadyEvent of(String projectId, String runId, String generatorVersion, SchemaModel model) {
        return new ModelReadyEvent(runId + "-model", SCHEMA_VERSION, projectId, runId, generatorVersion, model);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
