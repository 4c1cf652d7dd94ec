package dev.schemawright.ingestservice.status;

import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.Lists;

/**
 * The envelope of a model-ready event, without the model: status needs only "which run is modeled", and skipping the
 * model keeps this consumer independent of the model's evolution.
 */
record ModelReadyHeader(String eventId, String tenantId, String projectId, String runId,
                        @com.fasterxml.jackson.annotation.JsonSetter(nulls = com.fasterxml.jackson.annotation.Nulls.AS_EMPTY) int attempt) {
    ModelReadyHeader {
        Lists.requireText(eventId, "eventId");
        tenantId = dev.schemawright.contracts.tenant.Tenants.orDefault(tenantId);
        attempt = Math.max(1, attempt);
        Ids.requireProjectId(projectId);
        Ids.requireRunId(runId);
    }
}
