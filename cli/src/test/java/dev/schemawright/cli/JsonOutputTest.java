package dev.schemawright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemawright.contracts.json.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --json}: stdout is one JSON document a script can read, whatever happened; lines are not mixed in. */
class JsonOutputTest {
    @TempDir
    Path tmp;

    @Test
    void designBatchJsonListsEveryProjectWithItsFilesOrProblems() throws IOException {
        Path root = tmp.resolve("in");
        Path shop = Files.createDirectories(root.resolve("shop"));
        try (InputStream prd = Files.newInputStream(Path.of("..", "corpus", "dev").resolve(firstDevProject()).resolve("prd.md"))) {
            Files.copy(prd, shop.resolve("prd.md"));
        }
        Files.createDirectories(root.resolve("empty"));

        CommandRun run = CommandRun.of("design", "--batch", root.toString(), "--out", tmp.resolve("out").toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        JsonNode report = JsonCodec.mapper().readTree(run.out());
        assertThat(report.path("projects").asInt()).isEqualTo(2);
        assertThat(report.path("designed").asInt()).isEqualTo(1);
        assertThat(report.path("failed").asInt()).isEqualTo(1);
        JsonNode empty = report.path("results").get(0);
        assertThat(empty.path("project").asText()).isEqualTo("empty");
        assertThat(empty.path("ok").asBoolean()).isFalse();
        assertThat(empty.path("problems").get(0).asText()).contains("no input documents");
        JsonNode ok = report.path("results").get(1);
        assertThat(ok.path("ok").asBoolean()).isTrue();
        List<String> files = new ArrayList<>();
        ok.path("files").forEach(f -> files.add(f.asText()));
        assertThat(files).contains("design.md", "erd.mmd", "manifest.json").hasSize(9);
        assertThat(Path.of(ok.path("out").asText()).resolve("erd.mmd")).exists();
    }

    @Test
    void oneProjectDesignJsonHasTheSameShape() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("shop"));
        Files.writeString(project.resolve("prd.md"), "# Shop\n\nA customer places orders. Each order has a total and a status.\n");
        CommandRun run = CommandRun.of("design", project.toString(), "--out", tmp.resolve("out").toString(), "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode report = JsonCodec.mapper().readTree(run.out());
        assertThat(report.path("results").get(0).path("project").asText()).isEqualTo("shop");
        assertThat(report.path("results").get(0).path("files")).hasSize(9);
    }

    @Test
    void statusOfARunNeedsItsProjectAndAValidId() {
        CommandRun noProject = CommandRun.of("status", "0123456789abcdef01234567");
        assertThat(noProject.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noProject.err()).contains("which project? status PROJECT/RUN");
        CommandRun badId = CommandRun.of("status", "shop/not-a-run");
        assertThat(badId.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badId.err()).contains("is not a run id");
        CommandRun serverWithoutRun = CommandRun.of("status", "--server", "http://127.0.0.1:1");
        assertThat(serverWithoutRun.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void statusOfARunOnAnUnreachableServerIsOneLine() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        CommandRun run = CommandRun.of("status", "shop/0123456789abcdef01234567", "--server", "http://127.0.0.1:" + closedPort, "--json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("schemawright: cannot reach ingest-service");
    }

    private static String firstDevProject() throws IOException {
        try (var dirs = Files.list(Path.of("..", "corpus", "dev"))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }
}
