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
    static final Duration FIRST_POLL = Duration.ofMillis(50);
    static final Duration MAX_POLL = Duration.ofMillis(500);

    private final IngestApi api;
    private final URI server;

    public RunSubmitter(URI server, String apiKey) {
        this.server = server;
        this.api = new IngestApi(server, apiKey);
    }

    /** The published run and how long it took from the start of the upload until artifacts-ready. */
    public record Published(String runId, boolean created, List<String> files, Duration uploadToReady) {
    }

    public Published submit(String projectId, List<InputDocument> documents, Path outDir, Duration timeout, PrintWriter out) {
        long start = System.nanoTime();
        RunStatus run = api.upload(projectId, documents);
        boolean created = run.created();
        out.printf("%s %d documents to %s: project %s, run %s%n", created ? "uploaded" : "already uploaded", documents.size(),
                server, projectId, run.runId());
        Duration poll = FIRST_POLL;
        String shown = run.status();
        while (!run.finished()) {
            if (System.nanoTime() - start > timeout.toNanos()) {
                throw UserError.failed("run " + run.runId() + " still '" + run.status() + "' after " + timeout.toSeconds()
                        + " s; see ./schemawright status and the service logs");
            }
            sleep(poll);
            poll = nextPoll(poll);
            run = api.status(projectId, run.runId());
            if (!run.status().equals(shown)) {
                // submit says what it waits for: each stage the run reaches, with the time since the upload started
                shown = run.status();
                out.printf("  %-9s %.2f s%n", shown, (System.nanoTime() - start) / 1e9);
            }
        }
        Duration ready = Duration.ofNanos(System.nanoTime() - start);
        if (RunStatus.FAILED.equals(run.status())) {
            throw UserError.failed("run " + run.runId() + " failed:\n  " + String.join("\n  ", run.errors()));
        }
        return new Published(run.runId(), created, download(run, outDir), ready);
    }

    /** Every artifact of a published run, checked against the run's size and sha256, written whole or not at all. */
    List<String> download(RunStatus run, Path outDir) {
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
        return ArtifactFolder.write(outDir, files);
    }

    IngestApi api() {
        return api;
    }

    static Duration nextPoll(Duration poll) {
        return poll.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : poll.multipliedBy(2);
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UserError.failed("interrupted");
        }
    }
}
