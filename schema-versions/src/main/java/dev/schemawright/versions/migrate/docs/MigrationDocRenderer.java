package dev.schemawright.versions.migrate.docs;

import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.model.OpenQuestion;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.requirement.RunIds;
import dev.schemawright.render.docs.Markdown;
import dev.schemawright.render.lint.LintCode;
import dev.schemawright.render.lint.LintFinding;
import dev.schemawright.render.lint.SchemaLint;
import dev.schemawright.versions.Migration;
import dev.schemawright.versions.diff.Change;
import dev.schemawright.versions.diff.Change.Risk;
import dev.schemawright.versions.diff.Renames;
import dev.schemawright.versions.migrate.Provenance;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * migration.md: what changed between two designs, for a reviewer and for a page that shows it. The change list is
 * one Markdown table with fixed columns (#, change, element, details, risk, why), one row per change in the order the
 * diff gives them, so a page can render it as it is or read its rows; renames to review, destructive and data-dependent
 * steps, the questions answered since the previous design and the lint of the change follow, then how to apply it.
 */
public final class MigrationDocRenderer {
    /** The column headers of the change table (a page may rely on them). */
    public static final List<String> COLUMNS = List.of("#", "change", "element", "details", "risk", "why");

    public String render(Migration m) {
        SchemaModel from = m.diff().from();
        SchemaModel to = m.diff().to();
        Provenance why = new Provenance(from, to);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(Markdown.text(to.title())).append(" — Migration\n\n")
                .append("From the previous design (model.json sha256 ").append(Markdown.code(fingerprint(m.from()))).append("…, ")
                .append(count(from.tables().size(), "table")).append(") to this one (").append(Markdown.code(fingerprint(m.to()))).append("…, ")
                .append(count(to.tables().size(), "table"))
                .append("), project ").append(Markdown.code(to.projectId())).append(". Rendered by Schemawright; `migration.postgres.sql` and ")
                .append("`migration.sqlite.sql` apply it.\n\n");
        List<Change> listed = m.diff().changes().stream().filter(c -> !commentOnly(c)).toList();
        List<Change> comments = m.diff().changes().stream().filter(MigrationDocRenderer::commentOnly).toList();
        out.append("**Summary:** ").append(summary(m, listed)).append("\n\n");

        out.append("## Changes\n\n");
        if (listed.isEmpty()) {
            out.append("No schema changes").append(comments.isEmpty() ? "." : " beyond descriptions.").append('\n');
        } else {
            out.append(Markdown.header(COLUMNS.toArray(new String[0])));
            int n = 1;
            for (Change c : listed) {
                out.append(Markdown.row(Integer.toString(n++), Markdown.text(c.kind()), Markdown.code(c.element()), Markdown.text(c.detail()),
                        risk(c, m), Markdown.text(reason(c, why))));
            }
        }
        if (!comments.isEmpty()) {
            out.append("\nDescriptions and requirement ids (SQL comments) updated on ")
                    .append(String.join(", ", comments.stream().map(c -> Markdown.code(c.element())).toList())).append(".\n");
        }

        Renames r = m.diff().renames();
        if (!r.isEmpty()) {
            out.append("\n## Proposed renames (review them)\n\nA rename keeps the rows; a drop and an add would lose them. Each is proposed only with evidence. ")
                    .append("If two of these are different things, run `schemawright diff --no-renames` to get a drop and an add instead.\n\n");
            r.enums().forEach(x -> out.append("- enum ").append(Markdown.code(x.from())).append(" → ").append(Markdown.code(x.to())).append(": ")
                    .append(Markdown.text(x.evidence())).append('\n'));
            r.tables().forEach(x -> out.append("- table ").append(Markdown.code(x.from())).append(" → ").append(Markdown.code(x.to())).append(": ")
                    .append(Markdown.text(x.evidence())).append('\n'));
            r.columns().forEach(x -> out.append("- column ").append(Markdown.code(x.table() + "." + x.from())).append(" → ").append(Markdown.code(x.to()))
                    .append(": ").append(Markdown.text(x.evidence())).append('\n'));
        }

        List<Change> destructive = m.diff().destructive();
        if (!destructive.isEmpty()) {
            out.append("\n## Destructive changes\n\n").append(m.complete()
                    ? "Applied, because the migration was made with `--allow-destructive`: back up the database first.\n\n"
                    : "Refused: the SQL keeps these elements (a dropped column stays, nullable; a narrowed type keeps its old type; an enum keeps its "
                    + "values) and lists the statements commented out. Migrate the data by hand, or make the migration again with "
                    + "`schemawright diff --allow-destructive`.\n\n");
            destructive.forEach(c -> out.append("- ").append(m.complete() ? "" : "**refused** ").append(Markdown.text(c.kind())).append(' ')
                    .append(Markdown.code(c.element())).append(": ").append(Markdown.text(c.detail())).append('\n'));
        }

        List<Change> data = m.diff().changes().stream().filter(c -> c.risk() == Risk.DATA).toList();
        if (!data.isEmpty()) {
            out.append("\n## Review before applying\n\nThese steps fail if rows already in the tables break the new rule; the SQL marks them ")
                    .append("`REVIEW`. A new NOT NULL column gets a safe value in existing rows where one exists, else the SQL asks for a backfill.\n\n");
            data.forEach(c -> out.append("- ").append(Markdown.text(c.kind())).append(' ').append(Markdown.code(c.element())).append(": ")
                    .append(Markdown.text(c.detail())).append('\n'));
        }

        List<OpenQuestion> answered = why.newlyAnswered();
        if (!answered.isEmpty()) {
            out.append("\n## Answered since the previous design\n\n");
            for (OpenQuestion q : answered) {
                out.append("- **").append(Markdown.text(q.id())).append("** ").append(Markdown.text(q.question())).append(" — ")
                        .append(Markdown.text(q.answer())).append(" (answered by ").append(Markdown.text(String.join(", ", q.answeredBy()))).append(")\n");
            }
        }

        List<LintFinding> lint = new SchemaLint().check(to, m.diff().renamed()).stream().filter(f -> f.check() == LintCode.ENUM_VALUE_CHANGED_IN_PLACE).toList();
        out.append("\n## Lint of the change\n\n");
        if (lint.isEmpty()) {
            out.append("No enum value changed in place. (`schemawright lint` checks the new design itself; see its design.md.)\n");
        } else {
            lint.forEach(f -> out.append("- ").append(f.severity().name()).append(' ').append(Markdown.code(f.code())).append(" — ")
                    .append(Markdown.text(f.element())).append(": ").append(Markdown.text(f.message())).append(". Fix: ").append(Markdown.text(f.fix())).append(".\n"));
        }

        out.append("\n## Applying it\n\n")
                .append("- PostgreSQL: `psql -v ON_ERROR_STOP=1 -f migration.postgres.sql` on a database built by the previous `schema.postgres.sql` ")
                .append("(new enum values commit first, in a transaction of their own; the rest is one transaction). On large, live tables run the ")
                .append("new indexes as `CREATE INDEX CONCURRENTLY` outside the transaction instead (each one is written out in a comment).\n")
                .append("- SQLite: `sqlite3 app.db < migration.sqlite.sql` (one transaction; tables SQLite cannot alter are rebuilt with their rows).\n")
                .append("- Prisma Migrate: `schemawright diff OLD NEW --out DIR` also writes `prisma/migrations/<timestamp>_<name>/migration.sql` ")
                .append("(this PostgreSQL migration) and `migration_lock.toml`; copy the folder into your `prisma/migrations`. A database built ")
                .append("from `schema.postgres.sql` is baselined first (a `0_init` migration holding it, marked applied with `prisma migrate resolve --applied 0_init`).\n");
        return out.toString();
    }

    /** The first 12 hex digits of the SHA-256 of the model's model.json: names a design version without a clock. */
    public static String fingerprint(SchemaModel m) {
        return RunIds.sha256Hex(JsonCodec.toPrettyString(m).getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    static boolean commentOnly(Change c) {
        return c instanceof Change.ModifyTableComment || c instanceof Change.ModifyColumn mc && mc.facets().equals(java.util.Set.of(Change.Facet.COMMENT));
    }

    private static String summary(Migration m, List<Change> listed) {
        Map<String, Integer> kinds = new LinkedHashMap<>();
        listed.forEach(c -> kinds.merge(c.kind(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        parts.add(count(listed.size(), "change") + (kinds.isEmpty() ? "" : " (" + String.join(", ", kinds.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).toList()) + ")"));
        int destructive = m.diff().destructive().size();
        if (destructive > 0) {
            parts.add(count(destructive, "destructive change") + (m.complete() ? ", applied" : ", refused"));
        }
        int renames = m.diff().renames().tables().size() + m.diff().renames().columns().size() + m.diff().renames().enums().size();
        if (renames > 0) {
            parts.add(count(renames, "proposed rename") + " to review");
        }
        long data = m.diff().changes().stream().filter(c -> c.risk() == Risk.DATA).count();
        if (data > 0) {
            parts.add(count((int) data, "step") + " that existing rows may fail");
        }
        return String.join("; ", parts) + ".";
    }

    private static String risk(Change c, Migration m) {
        if (c.destructive()) {
            return m.complete() ? "destructive" : "destructive, refused";
        }
        return c.risk() == Risk.DATA ? "review" : "";
    }

    private static String reason(Change c, Provenance why) {
        String because = why.because(c.sources(), c.note());
        return because.isEmpty() ? "" : because.substring(2, because.length() - 1);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
