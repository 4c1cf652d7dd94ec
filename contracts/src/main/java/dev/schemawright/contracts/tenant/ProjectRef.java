package dev.schemawright.contracts.tenant;

import dev.schemawright.contracts.Ids;

/** A project inside its tenant: two tenants may both own {@code julklapp}, and they are different projects. */
public record ProjectRef(String tenantId, String projectId) {
    public ProjectRef {
        Ids.requireTenantId(tenantId);
        Ids.requireProjectId(projectId);
    }

    /** The Kafka record key of every event of the project ({@code tenantId/projectId}): one partition, in order. */
    public String kafkaKey() {
        return tenantId + "/" + projectId;
    }

    @Override
    public String toString() {
        return kafkaKey();
    }
}
