package dev.schemawright.cli.submit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemawright.cli.UserError;
import dev.schemawright.cli.console.Progress;
import dev.schemawright.cli.design.BatchDesign;
import dev.schemawright.contracts.Ids;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code submit --batch ROOT}: every subfolder of ROOT is a project; all go up in one archive through
 * {@code POST /v1/batches}, the batch is followed until each project is published, failed or rejected, and each
 * published project's artifacts are downloaded (size and sha256 checked) into {@code OUT/<project>/} as it finishes.
 */
public final class BatchSubmitter {
    private static final List<String> FINISHED = List.of("published", "failed", "rejected");

    private final RunSubmitter runs;
    private final URI server;

    public BatchSubmitter(URI server, String apiKey) {
        this.server = server;
        this.runs = new RunSubmitter(server, apiKey);
    }

    /** One project of the batch: its run, how it ended, and the files written (or the reason it did not publish). */
    public record ProjectResult(String project, String runId, String status, String error, String out, List<String> files) {
        boolean ok() {
            return "published".equals(status) && error == null;
        }
    }

    public record BatchResult(String batchId, int projects, int published, int failed, long millis,
                              List<ProjectResult> results) {
    }

    /** {@code console} gets the ok lines, {@code problems} the FAIL lines, {@code terminal} the live progress line. */
    public BatchResult submit(Path root, Path out, Duration timeout, PrintWriter console, PrintWriter problems, PrintWriter terminal) {
        long start = System.nanoTime();
        List<Path> folders = BatchDesign.projectFolders(root);
        if (folders.isEmpty()) {
            throw UserError.failed("no project folders in " + root + " (each subfolder is one project)");
        }
        // a folder name that is no project id would make the server refuse the whole archive: report it, send the rest
        Map<String, ProjectResult> done = new LinkedHashMap<>();
        for (Path folder : folders) {
            String name = folder.getFileName().toString();
            if (!Ids.isProjectId(name)) {
                ProjectResult bad = new ProjectResult(name, null, "rejected", "'" + name + "' is not a valid project id", null, List.of());
                done.put(name, bad);
                problems.println(describe(bad));
            }
        }
        BatchArchive.Archive archive = BatchArchive.of(folders.stream().filter(f -> !done.containsKey(f.getFileName().toString())).toList());
        if (archive.projects().isEmpty()) {
            throw UserError.failed("no project folder of " + root + " has a valid project id (letters, digits, '-', '_')");
        }
        JsonNode batch = runs.api().submitBatch(archive.zip());
        String batchId = batch.path("batchId").asText();
        console.printf("uploaded %d projects (%d documents, %d KB) to %s: batch %s%n", archive.projects().size(), archive.documents(),
                archive.zip().length / 1024, server, batchId);
        int total = batch.path("projects").size() + done.size();
        Progress progress = Progress.of(terminal, "projects", total);
        progress.update(done.size(), null);
        Duration poll = RunSubmitter.FIRST_POLL;
        while (true) {
            for (JsonNode line : batch.path("projects")) {
                String project = line.path("projectId").asText();
                String status = line.path("status").asText();
                if (!done.containsKey(project) && FINISHED.contains(status)) {
                    ProjectResult result = finish(line, out);
                    done.put(project, result);
                    progress.println(result.ok() ? console : problems, describe(result));
                    progress.advance(project);
                }
            }
            if (done.size() == total) {
                break;
            }
            if (System.nanoTime() - start > timeout.toNanos()) {
                for (JsonNode line : batch.path("projects")) {
                    String project = line.path("projectId").asText();
                    if (!done.containsKey(project)) {
                        ProjectResult late = new ProjectResult(project, text(line, "runId"), line.path("status").asText(),
                                "still '" + line.path("status").asText() + "' after " + timeout.toSeconds() + " s", null, List.of());
                        done.put(project, late);
                        progress.println(problems, describe(late));
                    }
                }
                break;
            }
            RunSubmitter.sleep(poll);
            poll = RunSubmitter.nextPoll(poll);
            batch = runs.api().batch(batchId);
        }
        progress.clear();
        List<ProjectResult> results = new ArrayList<>(done.values());
        results.sort(java.util.Comparator.comparing(ProjectResult::project));
        int published = (int) results.stream().filter(ProjectResult::ok).count();
        return new BatchResult(batchId, results.size(), published, results.size() - published,
                (System.nanoTime() - start) / 1_000_000, results);
    }

    private ProjectResult finish(JsonNode line, Path out) {
        String project = line.path("projectId").asText();
        String runId = text(line, "runId");
        String status = line.path("status").asText();
        if (!Ids.isProjectId(project)) {
            return new ProjectResult(project, runId, status, "the server named a project that is no valid id", null, List.of());
        }
        if ("rejected".equals(status)) {
            return new ProjectResult(project, runId, status, line.path("error").asText("rejected"), null, List.of());
        }
        try {
            RunStatus run = runs.api().status(project, runId);
            if ("failed".equals(status)) {
                return new ProjectResult(project, runId, status, "run failed: " + String.join("; ", run.errors()), null, List.of());
            }
            Path target = out.resolve(project);
            return new ProjectResult(project, runId, status, null, target.toString(), runs.download(run, target));
        } catch (UserError e) {
            return new ProjectResult(project, runId, status, e.getMessage(), null, List.of());
        }
    }

    static String describe(ProjectResult r) {
        return r.ok() ? String.format("ok    %s: %d files -> %s", r.project(), r.files().size(), r.out())
                : String.format("FAIL  %s: %s", r.project(), r.error());
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
