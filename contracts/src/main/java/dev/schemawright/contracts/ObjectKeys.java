package dev.schemawright.contracts;

/** The object-storage layout, in one place: {@code projects/{projectId}/runs/{runId}/...}. */
public final class ObjectKeys {
    private ObjectKeys() {
    }

    public static String runPrefix(String projectId, String runId) {
        return "projects/" + Ids.requireProjectId(projectId) + "/runs/" + Ids.requireRunId(runId) + "/";
    }

    public static String input(String projectId, String runId, String safeFileName) {
        if (!Ids.isArtifactName(safeFileName)) {
            throw new IllegalArgumentException("unsafe input file name: " + safeFileName);
        }
        return runPrefix(projectId, runId) + "input/" + safeFileName;
    }

    public static String artifact(String projectId, String runId, String artifactName) {
        if (!Ids.isArtifactName(artifactName)) {
            throw new IllegalArgumentException("unsafe artifact name: " + artifactName);
        }
        return runPrefix(projectId, runId) + artifactName;
    }

    /** Pointer object holding the runId of the project's most recent published run. */
    public static String latest(String projectId) {
        return "projects/" + Ids.requireProjectId(projectId) + "/latest";
    }
}
