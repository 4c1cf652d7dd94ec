package dev.schemawright.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemawright.cli.SchemawrightCommand;
import dev.schemawright.contracts.json.JsonCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's service commands against the three real services: submit --batch through /v1/batches, and status RUN. They
 * run as a user runs them, in a process of their own with the tenant's key in SCHEMAWRIGHT_API_KEY (keys never go on a
 * command line); design, which needs no key, runs in this JVM.
 */
class CliAgainstServicesIT {
    static ServicePlatform platform;

    @TempDir
    Path tmp;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void start() {
        platform = ServicePlatform.shared();
        PipelineEndToEndIT.platform = platform;
    }

    /** One command line in a child JVM on this test's classpath, with the tenant's key in its environment. */
    static Run withKey(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SchemawrightCommand.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("cli", ".out");
        Path err = Files.createTempFile("cli", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("SCHEMAWRIGHT_API_KEY", platform.tenantKey);
        builder.environment().put("SCHEMAWRIGHT_PROGRESS", "never");
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("schemawright " + String.join(" ", args) + " did not finish within 5 minutes");
        }
        try {
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SchemawrightCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void submitBatchUploadsEveryProjectFolderAndDownloadsEachPublishedRun() throws IOException, InterruptedException {
        Path root = Files.createDirectories(tmp.resolve("batch"));
        List<Path> projects = PipelineEndToEndIT.projects().subList(0, 2);
        for (Path project : projects) {
            Path copy = Files.createDirectories(root.resolve("cli-" + project.getFileName()));
            for (Path doc : PipelineEndToEndIT.documents(project)) {
                Files.copy(doc, copy.resolve(doc.getFileName()));
            }
        }
        Files.createDirectories(root.resolve("Not A Project"));
        Files.writeString(root.resolve("Not A Project/prd.md"), "# x\n\nA user has notes.\n");
        Path out = tmp.resolve("out");

        long start = System.nanoTime();
        Run run = withKey("submit", "--batch", root.toString(), "--server", platform.ingestUrl(), "--out", out.toString(), "--json",
                "--timeout", "180");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1); // the folder with a bad name is rejected, the others publish
        JsonNode report = JsonCodec.mapper().readTree(run.out());
        assertThat(report.path("projects").asInt()).isEqualTo(3);
        assertThat(report.path("published").asInt()).isEqualTo(2);
        assertThat(report.path("batchId").asText()).matches("[0-9a-f]{24}");
        List<String> published = new ArrayList<>();
        for (JsonNode r : report.path("results")) {
            if (r.path("status").asText().equals("published")) {
                published.add(r.path("project").asText());
                assertThat(r.path("files")).hasSize(9);
                // design --batch in-process gives the same bytes
                Path designed = tmp.resolve("designed").resolve(r.path("project").asText());
                assertThat(cli("design", root.resolve(r.path("project").asText()).toString(), "--out", designed.toString()).exitCode()).isZero();
                for (JsonNode f : r.path("files")) {
                    assertThat(Files.readAllBytes(Path.of(r.path("out").asText(), f.asText())))
                            .as(f.asText()).isEqualTo(Files.readAllBytes(designed.resolve(f.asText())));
                }
            } else {
                assertThat(r.path("project").asText()).isEqualTo("Not A Project");
                assertThat(r.path("status").asText()).isEqualTo("rejected");
                assertThat(r.path("error").asText()).isNotEmpty();
            }
        }
        assertThat(published).hasSize(2);
        Figures.record("submit --batch of 2 dev projects (+1 rejected folder) through the services: " + millis + " ms");

        JsonNode first = null;
        for (JsonNode r : report.path("results")) {
            if (first == null && r.path("status").asText().equals("published")) {
                first = r;
            }
        }
        Run status = withKey("status", first.path("project").asText() + "/" + first.path("runId").asText(), "--server", platform.ingestUrl(), "--json");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(JsonCodec.mapper().readTree(status.out()).path("status").asText()).isEqualTo("published");

        Run lines = withKey("status", first.path("runId").asText(), "--project", first.path("project").asText(), "--server", platform.ingestUrl());
        assertThat(lines.out()).contains("published").contains("modeling").contains("erd.mmd");

        Run batch = withKey("status", "--batch", report.path("batchId").asText(), "--server", platform.ingestUrl());
        assertThat(batch.exitCode()).as(batch.err()).isZero();
        assertThat(batch.out()).contains("complete (2 projects: 0 queued, 0 running, 2 done, 0 failed)");
    }
}
