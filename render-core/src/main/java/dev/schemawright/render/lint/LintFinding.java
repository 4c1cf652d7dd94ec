package dev.schemawright.render.lint;

import dev.schemawright.contracts.Lists;
import dev.schemawright.contracts.model.Severity;
import java.util.Objects;

/**
 * One lint finding: its check, its severity (usually the check's own; table-without-rls is a warning where the
 * application, not the database API, is the only client), the element ("table cards", "column cards.deck_id",
 * "index cards_deck_idx"), what is wrong and the fix.
 */
public record LintFinding(LintCode check, Severity severity, String element, String message, String fix) {
    public LintFinding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Lists.requireText(element, "element");
        Lists.requireText(message, "message");
        Lists.requireText(fix, "fix");
    }

    public static LintFinding of(LintCode check, String element, String message) {
        return new LintFinding(check, check.severity(), element, message, check.fix());
    }

    public String code() {
        return check.code();
    }
}
