package dev.schemawright.contracts.tenant;

import dev.schemawright.contracts.Ids;

/**
 * One attempt of one run. A run is retried (after it failed) as attempt 2, 3, ...: the same runId and documents, new
 * event ids, so consumers that dropped the first attempt's events as duplicates take the retry's.
 */
public record RunRef(String tenantId, String projectId, String runId, int attempt) {
    public RunRef {
        Ids.requireTenantId(tenantId);
        Ids.requireProjectId(projectId);
        Ids.requireRunId(runId);
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1, got " + attempt);
        }
    }

    public static RunRef first(ProjectRef project, String runId) {
        return new RunRef(project.tenantId(), project.projectId(), runId, 1);
    }

    public ProjectRef project() {
        return new ProjectRef(tenantId, projectId);
    }

    public RunRef next() {
        return new RunRef(tenantId, projectId, runId, attempt + 1);
    }

    /** Prefix of the event ids of this attempt: the runId for the first (as before retries existed), runId-aN after. */
    public String eventIdPrefix() {
        return attempt == 1 ? runId : runId + "-a" + attempt;
    }

    @Override
    public String toString() {
        return tenantId + "/" + projectId + "/" + runId + (attempt == 1 ? "" : "#" + attempt);
    }
}
