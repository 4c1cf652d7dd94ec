package dev.schemawright.cli.submit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemawright.cli.ExitCodes;
import dev.schemawright.cli.UserError;
import dev.schemawright.contracts.Ids;
import java.io.PrintWriter;
import java.net.URI;

/**
 * {@code status RUN} and {@code status --batch ID}: a run or a batch on a running ingest-service, as lines or as the
 * server's own JSON. Exit 0 for a run that exists and has not failed (accepted, modeled, published), 1 for a failed one.
 */
public final class RemoteStatus {
    private final IngestApi api;

    public RemoteStatus(URI server, String apiKey) {
        this.api = new IngestApi(server, apiKey);
    }

    /** {@code PROJECT/RUN}, or {@code RUN} with {@code --project}. */
    public static String[] projectAndRun(String arg, String project) {
        int slash = arg.indexOf('/');
        String projectId = slash >= 0 ? arg.substring(0, slash) : project;
        String runId = slash >= 0 ? arg.substring(slash + 1) : arg;
        if (projectId == null) {
            throw UserError.usage("which project? status PROJECT/RUN, or status RUN --project PROJECT");
        }
        if (!Ids.isProjectId(projectId)) {
            throw UserError.usage("'" + projectId + "' is not a valid project id");
        }
        if (!Ids.isRunId(runId)) {
            throw UserError.usage("'" + runId + "' is not a run id (24 hex digits, as submit prints it)");
        }
        return new String[] {projectId, runId};
    }

    public int run(String projectId, String runId, boolean json, PrintWriter out) {
        JsonNode run = api.run(projectId, runId);
        if (json) {
            out.println(run.toPrettyString());
        } else {
            out.printf("run %s of project %s: %s%n", runId, projectId, run.path("status").asText());
            for (JsonNode stage : run.path("stages")) {
                out.printf("  %-10s %-8s %s%n", stage.path("name").asText(), stage.path("state").asText(), stage.path("detail").asText(""));
            }
            RunStatus.of(run, false).errors().forEach(e -> out.println("  " + e));
            for (JsonNode a : run.path("artifacts")) {
                out.printf("  %-22s %8d bytes  %s%n", a.path("name").asText(), a.path("size").asLong(), a.path("href").asText());
            }
        }
        return "failed".equals(run.path("status").asText()) ? ExitCodes.FAILED : ExitCodes.OK;
    }

    public int batch(String batchId, boolean json, PrintWriter out) {
        if (!Ids.isRunId(batchId)) {
            throw UserError.usage("'" + batchId + "' is not a batch id (24 hex digits, as submit --batch prints it)");
        }
        JsonNode batch = api.batch(batchId);
        if (json) {
            out.println(batch.toPrettyString());
        } else {
            JsonNode t = batch.path("totals");
            out.printf("batch %s: %s (%d projects: %d queued, %d running, %d done, %d failed)%n", batchId, batch.path("status").asText(),
                    t.path("projects").asInt(), t.path("queued").asInt(), t.path("running").asInt(), t.path("done").asInt(),
                    t.path("failed").asInt());
            for (JsonNode p : batch.path("projects")) {
                out.printf("  %-32s %-10s %s%n", p.path("projectId").asText(), p.path("status").asText(),
                        p.hasNonNull("error") ? p.get("error").asText() : p.path("runId").asText(""));
            }
        }
        return batch.path("totals").path("failed").asInt() > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
