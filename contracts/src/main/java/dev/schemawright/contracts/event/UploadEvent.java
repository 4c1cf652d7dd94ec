package dev.schemawright.contracts.event;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.Lists;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.tenant.RunRef;
import dev.schemawright.contracts.tenant.Tenants;
import java.util.List;

/**
 * A run's documents are stored and wait to be read: ingest-service's upload edge publishes one per accepted upload
 * (and per retry), and its own parse workers consume them, read the documents from object storage and publish the
 * run's requirement events (or its run-failed event). Keyed by project, like every event, so a project's uploads are
 * read in order.
 */
public record UploadEvent(String eventId, int schemaVersion, String tenantId, String projectId, String runId,
                          @JsonSetter(nulls = Nulls.AS_EMPTY) int attempt, List<Document> documents) implements PipelineEvent {
    public static final String TYPE = "dev.schemawright.upload.v1";

    public UploadEvent {
        Lists.requireText(eventId, "eventId");
        tenantId = Tenants.orDefault(tenantId);
        Ids.requireProjectId(projectId);
        Ids.requireRunId(runId);
        attempt = Attempts.orFirst(attempt);
        documents = Lists.copy(documents);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("an upload has at least one document");
        }
    }

    public static UploadEvent of(RunRef run, List<Document> documents) {
        return new UploadEvent(run.eventIdPrefix() + "-upload", SCHEMA_VERSION, run.tenantId(), run.projectId(), run.runId(),
                run.attempt(), documents);
    }

    public RunRef run() {
        return new RunRef(tenantId, projectId, runId, attempt);
    }

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * One stored input: the safe name it is cited under, the name it was uploaded as, the role the client gave (absent:
     * inferred), its object key, size and sha256.
     */
    public record Document(String name, String uploadedName, DocumentRole role, String key, long size, String sha256) {
        public Document {
            Lists.requireText(name, "name");
            Lists.requireText(key, "key");
        }
    }
}
