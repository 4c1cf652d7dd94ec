package dev.schemawright.ingestservice.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.schemawright.ingestservice.batch.BatchRecord.Line;
import dev.schemawright.ingestservice.batch.BatchRecord.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The HTTP view of a batch: totals and one line per project. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Batch")
public record BatchView(
        String batchId,
        @Schema(description = "running | complete") String status,
        Totals totals,
        List<ProjectLine> projects,
        List<String> ignored,
        Map<String, String> links) {

    public static final String QUEUED = "queued";
    public static final String REJECTED = "rejected";

    public static String selfPath(String batchId) {
        return "/v1/batches/" + batchId;
    }

    /**
     * Folds a batch record and each accepted run's state into the view. {@code runState} answers accepted / modeled /
     * published / failed for an accepted line.
     */
    public static BatchView of(BatchRecord record, Function<Line, String> runState) {
        List<ProjectLine> lines = new ArrayList<>();
        int done = 0;
        int failed = 0;
        int queued = 0;
        for (Line line : record.projects()) {
            String status;
            String error = null;
            if (line.outcome() == Outcome.QUEUED) {
                status = QUEUED;
                queued++;
            } else if (line.outcome() == Outcome.REJECTED) {
                status = REJECTED;
                error = line.status() + " " + line.code() + ": " + line.error();
                failed++;
            } else if (line.outcome() == Outcome.ACCEPTED) {
                status = runState.apply(line);
                if ("published".equals(status)) {
                    done++;
                } else if ("failed".equals(status)) {
                    failed++;
                }
            } else {
                throw new IllegalStateException("unsupported outcome " + line.outcome());
            }
            lines.add(new ProjectLine(line.projectId(), line.runId(), status, error,
                    line.outcome() == Outcome.ACCEPTED ? "/v1/projects/" + line.projectId() + "/runs/" + line.runId() : null));
        }
        int total = lines.size();
        Totals totals = new Totals(total, queued, total - queued - done - failed, done, failed);
        String status = done + failed == total ? "complete" : "running";
        return new BatchView(record.batchId(), status, totals, lines, record.ignored().isEmpty() ? null : record.ignored(),
                Map.of("self", selfPath(record.batchId())));
    }

    /** {@code running} = accepted and still flowing through modeling and render. */
    public record Totals(int projects, int queued, int running, int done, int failed) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProjectLine(String projectId, String runId,
                              @Schema(description = "queued | rejected | accepted | parsing | ingested | modeled | published | failed") String status,
                              String error, String run) {
    }
}
