package dev.schemawright.versions.migrate;

import dev.schemawright.contracts.Lists;
import dev.schemawright.render.sql.SqlComments;
import dev.schemawright.versions.diff.Change.Risk;
import java.util.List;
import java.util.Objects;

/**
 * One step of a migration script: why (the element and the requirements or answers behind it), the statements that
 * do it, and its risk. A refused step's statements are written as comments, so a reviewer sees exactly what was held
 * back.
 */
public record Step(String why, List<String> statements, Risk risk, boolean refused) {
    public Step {
        Objects.requireNonNull(why, "why");
        statements = Lists.copy(statements);
        Objects.requireNonNull(risk, "risk");
    }

    public static Step of(String why, String... statements) {
        return new Step(why, List.of(statements), Risk.NONE, false);
    }

    public static Step of(String why, Risk risk, List<String> statements) {
        return new Step(why, statements, risk, false);
    }

    /** The script text: "-- why" (marked DESTRUCTIVE, REVIEW or REFUSED), then each statement (commented out when refused). */
    public String text() {
        StringBuilder out = new StringBuilder();
        String mark = refused ? "REFUSED (destructive; pass --allow-destructive to apply): "
                : risk == Risk.DESTRUCTIVE ? "DESTRUCTIVE: " : risk == Risk.DATA ? "REVIEW (fails if existing rows break it): " : "";
        List<String> lines = why.lines().map(SqlComments::line).toList();
        String first = (mark + (lines.isEmpty() ? "" : lines.get(0))).strip();
        if (!first.isEmpty()) {
            out.append("-- ").append(first).append('\n');
        }
        lines.stream().skip(1).forEach(l -> out.append("-- ").append(l).append('\n'));
        for (String s : statements) {
            if (refused) {
                s.lines().forEach(l -> out.append("-- ").append(l).append('\n'));
            } else {
                out.append(s).append(s.endsWith("\n") ? "" : "\n");
            }
        }
        return out.toString();
    }
}
