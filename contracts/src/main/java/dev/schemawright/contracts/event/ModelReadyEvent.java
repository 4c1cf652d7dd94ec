package dev.schemawright.contracts.event;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.Lists;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.tenant.RunRef;
import dev.schemawright.contracts.tenant.Tenants;
import java.util.Objects;

/** The finished schema model of one attempt of a run. */
public record ModelReadyEvent(String eventId, int schemaVersion, String tenantId, String projectId, String runId,
                              @JsonSetter(nulls = Nulls.AS_EMPTY) int attempt,
                              String generatorVersion, SchemaModel model) implements PipelineEvent {
    public static final String TYPE = "dev.schemawright.model-ready.v1";

    public ModelReadyEvent {
        Lists.requireText(eventId, "eventId");
        tenantId = Tenants.orDefault(tenantId);
        Ids.requireProjectId(projectId);
        Ids.requireRunId(runId);
        attempt = Attempts.orFirst(attempt);
        Lists.requireText(generatorVersion, "generatorVersion");
        Objects.requireNonNull(model, "model");
    }

    public static ModelReadyEvent of(RunRef run, String generatorVersion, SchemaModel model) {
        return new ModelReadyEvent(run.eventIdPrefix() + "-model", SCHEMA_VERSION, run.tenantId(), run.projectId(), run.runId(),
                run.attempt(), generatorVersion, model);
    }

    public RunRef run() {
        return new RunRef(tenantId, projectId, runId, attempt);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
