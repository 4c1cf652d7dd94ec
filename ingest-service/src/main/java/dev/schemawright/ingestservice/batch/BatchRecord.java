package dev.schemawright.ingestservice.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tenants/{tenantId}/batches/{batchId}/batch.json}: the projects of a batch and what ingest did with each. Written when the batch
 * is accepted (every line queued) and again when every project has been submitted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchRecord(int schemaVersion, String tenantId, String batchId, String source, List<Line> projects, List<String> ignored) {
    public static final int SCHEMA_VERSION = 1;

    public BatchRecord {
        tenantId = dev.schemawright.contracts.tenant.Tenants.orDefault(tenantId);
        projects = List.copyOf(projects);
        ignored = ignored == null ? List.of() : List.copyOf(ignored);
    }

    public static String key(String tenantId, String batchId) {
        return dev.schemawright.contracts.ObjectKeys.batch(tenantId, batchId, "batch.json");
    }

    public boolean submitted() {
        return projects.stream().noneMatch(l -> l.outcome() == Outcome.QUEUED);
    }

    public BatchRecord withLine(Line line) {
        List<Line> next = new ArrayList<>(projects);
        next.replaceAll(l -> l.projectId().equals(line.projectId()) ? line : l);
        return new BatchRecord(schemaVersion, tenantId, batchId, source, next, ignored);
    }

    public enum Outcome {
        /** Waiting for its turn in this instance's batch pool. */
        QUEUED,
        /** Ingested and published (or found already accepted): now flowing through the pipeline. */
        ACCEPTED,
        /** Ingest refused it (the problem is in {@code error}); nothing was published for it. */
        REJECTED
    }

    /** One project of the batch; {@code status}/{@code code}/{@code error} are set when it was rejected. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(String projectId, String runId, int documents, Outcome outcome, Integer status, String code, String error) {
        public static Line queued(String projectId, String runId, int documents) {
            return new Line(projectId, runId, documents, Outcome.QUEUED, null, null, null);
        }

        public Line accepted() {
            return new Line(projectId, runId, documents, Outcome.ACCEPTED, null, null, null);
        }

        public Line rejected(int httpStatus, String problemCode, String detail) {
            return new Line(projectId, runId, documents, Outcome.REJECTED, httpStatus, problemCode, detail);
        }
    }
}
