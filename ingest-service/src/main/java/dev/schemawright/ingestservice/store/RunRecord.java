package dev.schemawright.ingestservice.store;

import dev.schemawright.contracts.Generator;
import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.contracts.requirement.DocumentRole;
import java.util.List;

/**
 * {@code projects/{projectId}/runs/{runId}/run.json}: the durable record of an accepted run, written after its
 * inputs are stored and every requirement event is acknowledged. Its presence means "accepted"; re-uploading the same
 * documents finds it and publishes nothing. Deterministic content (no timestamps), so rewriting it is a no-op.
 */
public record RunRecord(int schemaVersion, String projectId, String runId, String generator, int requirementCount,
                        List<Document> documents) {
    public static final String NAME = "run.json";
    public static final int SCHEMA_VERSION = 1;

    public RunRecord {
        Ids.requireProjectId(projectId);
        Ids.requireRunId(runId);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public static RunRecord of(String projectId, String runId, int requirementCount, List<Document> documents) {
        return new RunRecord(SCHEMA_VERSION, projectId, runId, Generator.NAME + "/" + Generator.VERSION, requirementCount, documents);
    }

    public static String key(String projectId, String runId) {
        return ObjectKeys.artifact(projectId, runId, NAME);
    }

    /**
     * One input document: the safe name it is stored and cited under, the name it was uploaded as, the role used (and
     * whether the client gave it), what ingest detected, and where the bytes are.
     */
    public record Document(String name, String uploadedName, DocumentRole role, boolean roleGiven, String mediaType, String charset,
                           String language, long size, String sha256, int requirementCount, String key) {
    }
}
