package dev.schemawright.render.docs;

import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.render.lint.LintFinding;
import dev.schemawright.render.lint.SchemaLint;
import java.util.List;

/**
 * The "### Lint" part of design.md: what {@code schemawright lint} reports for this design, one bullet per finding with
 * its code, element and fix. Self-contained so the document's prose can change around the one call that places it.
 */
public final class LintSection {
    private LintSection() {
    }

    public static String render(SchemaModel model) {
        List<LintFinding> findings = new SchemaLint().check(model);
        StringBuilder out = new StringBuilder("\n### Lint\n\n");
        if (findings.isEmpty()) {
            return out.append("No findings: every check of `schemawright lint` passes.\n").toString();
        }
        out.append("What `schemawright lint` reports for this design (codes are stable; an error makes it exit 1):\n\n");
        for (LintFinding f : findings) {
            out.append("- ").append(f.severity().name()).append(' ').append(Markdown.code(f.code())).append(" — ").append(Markdown.text(f.element()))
                    .append(": ").append(Markdown.text(f.message())).append(". Fix: ").append(Markdown.text(f.fix())).append(".\n");
        }
        return out.toString();
    }
}
