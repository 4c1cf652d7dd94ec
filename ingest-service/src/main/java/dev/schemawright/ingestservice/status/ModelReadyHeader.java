package dev.schemawright.ingestservice.status;

import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.Lists;

/**
 * The envelope of a model-ready event, without the model: status needs only "which run is modeled", and skipping the
 * model keeps this consumer independent of the model's evolution.
 */
record ModelReadyHeader(String eventId, String projectId, String runId) {
    ModelReadyHeader {
        Lists.requireText(eventId, "eventId");
        Ids.requireProjectId(projectId);
        Ids.requireRunId(runId);
    }
}
