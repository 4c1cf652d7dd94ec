package dev.schemawright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The completion script picocli generates, loaded into a real bash and asked what it completes. */
class CompletionTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "schemawright su|submit",
            "schemawright st|status",
            "schemawright submit --ba|--batch",
            "schemawright design --j|--jobs --json",
            "schemawright status --j|--json"})
    void bashCompletesCommandsAndOptions(String line, String expected) throws IOException, InterruptedException {
        CommandRun script = CommandRun.of("generate-completion");
        assertThat(script.exitCode()).isZero();
        Path file = Files.writeString(tmp.resolve("schemawright.bash"), script.out(), StandardCharsets.UTF_8);
        String[] words = line.split(" ");
        String probe = "source " + file + "\n"
                + "COMP_WORDS=(" + line + "); COMP_CWORD=" + (words.length - 1) + "; COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}\n"
                + "_complete_schemawright\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\" | sort | tr '\\n' ' '\n";
        Process bash = new ProcessBuilder("bash", "-c", probe).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEqualTo(expected);
    }
}
