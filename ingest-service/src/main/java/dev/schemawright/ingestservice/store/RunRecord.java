package dev.schemawright.ingestservice.store;

import dev.schemawright.contracts.Generator;
import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.tenant.ProjectRef;
import dev.schemawright.contracts.tenant.Tenants;
import java.util.List;

/**
 * {@code tenants/{tenantId}/projects/{projectId}/runs/{runId}/run.json}: the durable record of an ingested run, written by a
 * parse worker after every requirement event is acknowledged. Its presence means "ingested"; re-uploading the same
 * documents finds it and publishes nothing. (Before it, {@link #intakeKey} holds the stored, unread run.) Deterministic content (no timestamps), so rewriting it is a no-op.
 */
public record RunRecord(int schemaVersion, String tenantId, String projectId, String runId, String generator, int requirementCount,
                        List<Document> documents) {
    public static final String NAME = "run.json";
    public static final int SCHEMA_VERSION = 1;

    public RunRecord {
        tenantId = Tenants.orDefault(tenantId);
        Ids.requireProjectId(projectId);
        Ids.requireRunId(runId);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public static RunRecord of(ProjectRef project, String runId, int requirementCount, List<Document> documents) {
        return new RunRecord(SCHEMA_VERSION, project.tenantId(), project.projectId(), runId, Generator.NAME + "/" + Generator.VERSION, requirementCount, documents);
    }

    public static String key(ProjectRef project, String runId) {
        return ObjectKeys.artifact(project.tenantId(), project.projectId(), runId, NAME);
    }

    /**
     * {@code .../state/{runId}/upload.json}: the same record written when the run's documents are stored and its upload
     * event is out, before they are read (no requirement counts, media types or languages yet). Its presence without
     * run.json means "accepted" (waiting to be read, or being read).
     */
    public static String intakeKey(ProjectRef project, String runId) {
        return ObjectKeys.runState(project.tenantId(), project.projectId(), runId, "upload.json");
    }

    public ProjectRef project() {
        return new ProjectRef(tenantId, projectId);
    }

    /**
     * One input document: the safe name it is stored and cited under, the name it was uploaded as, the role used (and
     * whether the client gave it), what ingest detected, and where the bytes are.
     */
    public record Document(String name, String uploadedName, DocumentRole role, boolean roleGiven, String mediaType, String charset,
                           String language, long size, String sha256, int requirementCount, String key) {
    }
}
