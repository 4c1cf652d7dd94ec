package dev.schemawright.render.lint;

import dev.schemawright.contracts.model.Severity;
import java.util.List;
import java.util.Locale;

/** Findings as plain text for a terminal (what {@code schemawright lint} prints): three lines each, then a count. */
public final class LintReport {
    private LintReport() {
    }

    public static String text(List<LintFinding> findings) {
        StringBuilder out = new StringBuilder();
        for (LintFinding f : findings) {
            String severity = f.severity().name().toLowerCase(Locale.ROOT);
            out.append(String.format(Locale.ROOT, "%-8s %s  %s", severity, f.code(), f.element())).append('\n')
                    .append("         ").append(f.message()).append('\n')
                    .append("         fix: ").append(f.fix()).append('\n');
        }
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.size() - errors - warnings;
        out.append(findings.size()).append(findings.size() == 1 ? " finding: " : " findings: ").append(errors).append(errors == 1 ? " error, " : " errors, ")
                .append(warnings).append(warnings == 1 ? " warning, " : " warnings, ").append(infos).append(infos == 1 ? " info\n" : " infos\n");
        return out.toString();
    }
}
