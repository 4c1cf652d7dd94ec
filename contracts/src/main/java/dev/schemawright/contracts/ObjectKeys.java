package dev.schemawright.contracts;

/**
 * The object-storage layout, in one place, tenant first (TEAM seam):
 * <pre>
 * tenants/{tenantId}/projects/{projectId}/runs/{runId}/input/{file}   uploaded documents
 * tenants/{tenantId}/projects/{projectId}/runs/{runId}/{artifact}     run.json, the nine artifacts
 * tenants/{tenantId}/projects/{projectId}/latest                      runId of the latest published run
 * tenants/{tenantId}/projects/{projectId}/state/{runId}/{name}        the stages' bookkeeping (attempts, outcomes)
 * tenants/{tenantId}/batches/{batchId}/{name}                         batch records
 * auth/api-keys/{sha256 of the key}.json                              API keys, stored hashed
 * </pre>
 * Every part is validated, so no client string can climb out of its prefix.
 */
public final class ObjectKeys {
    public static final String API_KEYS_PREFIX = "auth/api-keys/";

    private ObjectKeys() {
    }

    public static String tenantPrefix(String tenantId) {
        return "tenants/" + Ids.requireTenantId(tenantId) + "/";
    }

    public static String projectPrefix(String tenantId, String projectId) {
        return tenantPrefix(tenantId) + "projects/" + Ids.requireProjectId(projectId) + "/";
    }

    public static String runPrefix(String tenantId, String projectId, String runId) {
        return projectPrefix(tenantId, projectId) + "runs/" + Ids.requireRunId(runId) + "/";
    }

    public static String input(String tenantId, String projectId, String runId, String safeFileName) {
        return runPrefix(tenantId, projectId, runId) + "input/" + requireName(safeFileName, "input file name");
    }

    public static String artifact(String tenantId, String projectId, String runId, String artifactName) {
        return runPrefix(tenantId, projectId, runId) + requireName(artifactName, "artifact name");
    }

    /** Pointer object holding the runId of the project's most recent published run. */
    public static String latest(String tenantId, String projectId) {
        return projectPrefix(tenantId, projectId) + "latest";
    }

    /** A stage's bookkeeping object for one run, outside the run folder (which holds only inputs, run.json and artifacts). */
    public static String runState(String tenantId, String projectId, String runId, String name) {
        return projectPrefix(tenantId, projectId) + "state/" + Ids.requireRunId(runId) + "/" + requireName(name, "state name");
    }

    public static String batch(String tenantId, String batchId, String name) {
        if (!Ids.isBatchId(batchId)) {
            throw new IllegalArgumentException("invalid batchId '" + Ids.abbreviate(batchId) + "'");
        }
        return tenantPrefix(tenantId) + "batches/" + batchId + "/" + requireName(name, "batch object name");
    }

    /** Where an API key's record lives: named by the key's hash, never by the key. */
    public static String apiKey(String keyHashHex) {
        if (keyHashHex == null || !keyHashHex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("an API key record is named by a sha256 hex digest");
        }
        return API_KEYS_PREFIX + keyHashHex + ".json";
    }

    private static String requireName(String name, String what) {
        if (!Ids.isArtifactName(name)) {
            throw new IllegalArgumentException("unsafe " + what + ": " + Ids.abbreviate(name));
        }
        return name;
    }
}
