package dev.schemawright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when submit cannot do its job before any run exists: one line, the right exit code. */
class SubmitWithoutServerTest {
    @TempDir
    Path tmp;

    @Test
    void anUnreachableServerIsOneClearLine() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("shop"));
        Files.writeString(project.resolve("prd.md"), "# Shop\n\nA customer places orders.\n");
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        CommandRun run = CommandRun.of("submit", project.toString(), "--server", "http://127.0.0.1:" + closedPort,
                "--out", tmp.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).startsWith("schemawright: cannot reach ingest-service at http://127.0.0.1:" + closedPort)
                .contains("./schemawright up").doesNotContain("\tat ");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aServerThatIsNoUrlIsAUsageError() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("shop"));
        Files.writeString(project.resolve("prd.md"), "# Shop\n");
        CommandRun run = CommandRun.of("submit", project.toString(), "--server", "localhost:8080");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("is not an http(s) URL");
    }

    @Test
    void anEmptyFolderIsRefusedBeforeAnyUpload() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("empty"));
        CommandRun run = CommandRun.of("submit", project.toString(), "--server", "http://127.0.0.1:1");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("no input documents in");
    }

    @Test
    void withoutAnApiKeySubmitSaysHowToMakeOne() {
        UserError error = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> dev.schemawright.cli.submit.SubmitCommandAccess.apiKey(java.util.Map.of()), UserError.class);
        assertThat(error.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(error.getMessage()).contains("SCHEMAWRIGHT_API_KEY").contains("keys create");
        assertThat(dev.schemawright.cli.submit.SubmitCommandAccess.apiKey(java.util.Map.of("SCHEMAWRIGHT_API_KEY", " sw_k \n"))).isEqualTo("sw_k");
    }
}
