package dev.schemawright.cli.submit;

import dev.schemawright.cli.ArtifactFolder;
import dev.schemawright.cli.UserError;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.contracts.requirement.RunIds;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One project through the running services: upload, follow the run until it is published or failed, download and
 * verify every artifact (size and sha256 from the run's list) into the output folder.
 */
public final class RunSubmitter {
    private static final Duration FIRST_POLL = Duration.ofMillis(50);
    private static final Duration MAX_POLL = Duration.ofMillis(500);

    private final IngestApi api;
    private final URI server;

    public RunSubmitter(URI server) {
        this.server = server;
        this.api = new IngestApi(server);
    }

    /** The published run and how long it took from the start of the upload until artifacts-ready. */
    public record Published(String runId, List<String> files, Duration uploadToReady) {
    }

    public Published submit(String projectId, List<InputDocument> documents, Path outDir, Duration timeout, PrintWriter out) {
        long start = System.nanoTime();
        RunStatus run = api.upload(projectId, documents);
        out.printf("%s %d documents to %s: project %s, run %s%n", run.created() ? "uploaded" : "already uploaded", documents.size(),
                server, projectId, run.runId());
        Duration poll = FIRST_POLL;
        while (!run.finished()) {
            if (System.nanoTime() - start > timeout.toNanos()) {
                throw UserError.failed("run " + run.runId() + " still '" + run.status() + "' after " + timeout.toSeconds()
                        + " s; see ./schemawright status and the service logs");
            }
            sleep(poll);
            poll = poll.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : poll.multipliedBy(2);
            run = api.status(projectId, run.runId());
        }
        Duration ready = Duration.ofNanos(System.nanoTime() - start);
        if (RunStatus.FAILED.equals(run.status())) {
            throw UserError.failed("run " + run.runId() + " failed:\n  " + String.join("\n  ", run.errors()));
        }
        if (run.artifacts().isEmpty()) {
            throw UserError.failed("run " + run.runId() + " is published but lists no artifacts");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (RunStatus.Artifact artifact : run.artifacts()) {
            byte[] bytes = api.download(artifact.href());
            if (bytes.length != artifact.size() || !RunIds.sha256Hex(bytes).equals(artifact.sha256())) {
                throw UserError.failed(artifact.name() + " arrived with " + bytes.length + " bytes and another sha256 than the run lists;"
                        + " nothing written");
            }
            files.put(artifact.name(), bytes);
        }
        return new Published(run.runId(), ArtifactFolder.write(outDir, files), ready);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UserError.failed("interrupted");
        }
    }
}
