package dev.schemawright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgumentParsingTest {
    @TempDir
    Path tmp;

    @Test
    void noCommandIsAUsageError() {
        CommandRun run = CommandRun.of();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Missing command").contains("Usage: schemawright");
    }

    @Test
    void helpListsEveryCommand() {
        CommandRun run = CommandRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("design", "up", "status", "submit", "down");
    }

    @Test
    void unknownCommandAndOptionAreUsageErrors() {
        assertThat(CommandRun.of("desing").exitCode()).isEqualTo(ExitCodes.USAGE);
        CommandRun run = CommandRun.of("design", tmp.toString(), "--colour");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unknown option: '--colour'");
    }

    @Test
    void designNeedsAFolder() {
        CommandRun missing = CommandRun.of("design");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("Missing required parameter: 'DIR'");

        CommandRun notThere = CommandRun.of("design", tmp.resolve("nowhere").toString());
        assertThat(notThere.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notThere.err()).isEqualTo("schemawright: " + tmp.resolve("nowhere") + " is not a folder\n");
    }

    @Test
    void optionsThatOnlyFitOneModeAreRefusedInTheOther() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("shop"));
        Files.writeString(project.resolve("prd.md"), "# Shop\n\nA customer places orders.\n");

        CommandRun projectInBatch = CommandRun.of("design", "--batch", tmp.toString(), "--project", "x");
        assertThat(projectInBatch.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(projectInBatch.err()).contains("--project applies to one project");

        CommandRun jobsForOne = CommandRun.of("design", project.toString(), "--jobs", "2");
        assertThat(jobsForOne.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(jobsForOne.err()).contains("--jobs only applies with --batch");

        assertThat(CommandRun.of("design", "--batch", tmp.toString(), "--jobs", "0").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aFolderNameThatIsNoProjectIdGivesAnIdMadeFromIt() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("my shop.v2"));
        Files.writeString(project.resolve("prd.md"), "# Shop\n\nA customer places orders.\n");

        CommandRun derived = CommandRun.of("design", project.toString(), "--out", tmp.resolve("derived").toString());
        assertThat(derived.exitCode()).as(derived.err()).isZero();
        assertThat(derived.out() + derived.err()).contains("project id 'my-shop-v2' derived from the folder name 'my shop.v2'");
        assertThat(tmp.resolve("derived/model.json")).content().contains("\"projectId\": \"my-shop-v2\"");

        CommandRun named = CommandRun.of("design", project.toString(), "--project", "shop", "--out", tmp.resolve("out").toString());
        assertThat(named.exitCode()).as(named.err()).isZero();
        assertThat(tmp.resolve("out/manifest.json")).exists();

        CommandRun badId = CommandRun.of("design", project.toString(), "--project", "../etc");
        assertThat(badId.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badId.err()).contains("--project '../etc' is not a valid project id");
    }

    @Test
    void aFolderOfProjectsWithoutBatchGetsAHint() throws Exception {
        Files.createDirectories(tmp.resolve("projects/a"));
        CommandRun run = CommandRun.of("design", tmp.resolve("projects").toString(), "--out", tmp.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("no input documents").contains("use --batch");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
