package dev.schemawright.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.cli.CommandRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-process half of bench end to end (the service half runs against the real platform in e2e BenchIT and CI). */
class BenchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void inProcessOnlyPrintsTheTableAndWritesIt() throws IOException {
        Path report = tmp.resolve("bench.md");
        CommandRun run = CommandRun.of("bench", "--in-process-only", "--projects", "3", "--jobs", "2",
                "--corpus", Path.of("..", "corpus", "examples").toString(), "--out", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("| measure | in-process | services | services / in-process |")
                .containsPattern("\\| CPU per project, median / p90 \\(ms\\) \\| [0-9.]+ / [0-9.]+ \\|")
                .containsPattern("of which modeling, median / p90 \\(ms\\) \\| [0-9.]+ / [0-9.]+ \\|")
                .containsPattern("batch throughput, 2 threads \\(projects/min\\) \\| [0-9]+ \\|")
                .containsPattern("RSS after the runs \\(MiB\\) \\| bench JVM [0-9]+ \\|");
        assertThat(Files.readString(report)).isEqualTo(run.out().substring(run.out().indexOf("schemawright bench:")));
    }

    @Test
    void zeroProjectsIsAUsageError() {
        CommandRun run = CommandRun.of("bench", "--in-process-only", "--projects", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--projects must be at least 1");
    }
}
