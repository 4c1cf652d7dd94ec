package dev.schemawright.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.render.lint.LintFinding;
import dev.schemawright.render.lint.SchemaLint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lint of a corpus design: clean, or exactly the exceptions recorded (with the reason) in
 * src/test/resources/lint-exceptions.tsv — a new finding fails, and so does an exception that no longer occurs.
 */
final class LintExceptions {
    private static final List<String[]> RECORDED = load();

    private LintExceptions() {
    }

    private static List<String[]> load() {
        try (InputStream in = LintExceptions.class.getResourceAsStream("/lint-exceptions.tsv")) {
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    if (f.length != 4 || f[3].isBlank()) {
                        throw new IllegalStateException("lint-exceptions.tsv: project, code, element and why on every line: " + line);
                    }
                    out.add(f);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void check(RenderedModel r) {
        List<String> findings = new ArrayList<>();
        for (LintFinding f : new SchemaLint().check(r.model())) {
            findings.add(f.code() + " " + f.element());
        }
        List<String> recorded = RECORDED.stream().filter(e -> e[0].equals(r.label())).map(e -> e[1] + " " + e[2]).toList();
        assertThat(findings).as(r.label() + ": lint findings against the recorded exceptions").containsExactlyInAnyOrderElementsOf(recorded);
    }
}
