package dev.schemawright.render.docs;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.Decision;
import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexMethod;
import dev.schemawright.contracts.model.KeyStrategy;
import dev.schemawright.contracts.model.OpenQuestion;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.render.mermaid.MermaidErRenderer;
import dev.schemawright.render.prisma.PrismaRenderer;
import dev.schemawright.render.relations.RelationPlan;
import dev.schemawright.render.relations.RelationPlan.Link;
import dev.schemawright.render.sql.IndexPlan;
import dev.schemawright.render.sqlmodel.SqlModelRenderer;
import dev.schemawright.render.sql.KeyColumnsRequired;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * design.md: the Database Design document with exactly the six numbered headings plus Open Questions. It embeds the
 * ER diagram, models.py and schema.prisma verbatim, and traces every table and column back to requirement ids.
 */
public final class DesignDocRenderer {
    public String render(SchemaModel model) {
        return render(model, new MermaidErRenderer().render(model), new SqlModelRenderer().render(model), new PrismaRenderer().render(model));
    }

    /** With the already rendered diagram, SQLModel module and Prisma schema (the facade renders each once). */
    public String render(SchemaModel input, String erd, String modelsPy, String prisma) {
        SchemaModel m = KeyColumnsRequired.apply(input);
        StringBuilder out = new StringBuilder();
        RelationPlan plan = RelationPlan.of(m);
        out.append("# ").append(Markdown.text(m.title())).append(" — Database Design\n\n")
                .append("Rendered by Schemawright from project ").append(Markdown.code(m.projectId()))
                .append(". Ids in parentheses (R…) name the requirements each element comes from.\n\n");

        out.append("## 1. Database Design Summary\n\n");
        if (!m.summary().isBlank()) {
            out.append(Markdown.text(m.summary())).append("\n\n");
        }
        long entities = m.tables().stream().filter(t -> t.kind() != TableKind.JOIN).count();
        long joins = m.tables().size() - entities;
        int policies = m.tables().stream().mapToInt(t -> t.policies().size()).sum();
        int indexes = m.tables().stream().mapToInt(t -> t.indexes().size()).sum();
        out.append("- Database: ").append(Markdown.text(m.stack().database())).append("; target artifacts: PostgreSQL DDL, SQLite DDL, ")
                .append("Prisma 7 schema, SQLModel classes, Mermaid ER diagram.\n")
                .append("- Users: ").append(m.stack().auth() == AuthProvider.SUPABASE
                        ? "Supabase Auth — foreign keys point at `auth.users(id)`, policies use `(select auth.uid())`."
                        : "managed by the application (no external auth schema).").append('\n')
                .append("- Keys: ").append(m.stack().keys() == KeyStrategy.UUID ? "uuid (`gen_random_uuid()`)" : "bigint identity").append(".\n")
                .append("- ").append(m.tables().size()).append(" tables (").append(entities).append(" entity/child/lookup/log, ").append(joins)
                .append(" join), ").append(m.enums().size()).append(m.enums().size() == 1 ? " enum, " : " enums, ").append(plan.links().size()).append(" foreign-key relationships, ")
                .append(indexes).append(" indexes, ").append(policies).append(" row-level-security policies.\n\n");

        out.append("## 2. Key Entities and Relationships\n\n### Entities\n\n")
                .append(Markdown.header("Table", "Kind", "Purpose", "Primary key", "Sources"));
        for (Table t : m.tables()) {
            out.append(Markdown.row(Markdown.code(t.name()), t.kind().name().toLowerCase(Locale.ROOT), Markdown.text(t.description()),
                    Markdown.code(String.join(", ", t.primaryKey())), Markdown.text(String.join(", ", t.sources()))));
        }
        out.append("\n### Relationships\n\n");
        if (plan.links().isEmpty() && m.tables().stream().noneMatch(t -> t.foreignKeys().stream().anyMatch(ForeignKey::external))) {
            out.append("No foreign keys.\n");
        }
        for (Link l : plan.links()) {
            out.append("- ").append(Markdown.code(l.parent().name())).append(l.oneToOne() ? " 1 — 0..1 " : " 1 — N ").append(Markdown.code(l.child().name()))
                    .append(": ").append(Markdown.code(l.child().name() + "(" + String.join(", ", l.fk().columns()) + ")")).append(" → ")
                    .append(Markdown.code(l.parent().name() + "(" + String.join(", ", l.fk().refColumns()) + ")"))
                    .append(l.optional() ? ", optional" : ", required").append(", ON DELETE ").append(l.fk().onDelete().name().replace('_', ' '));
            if (!l.fk().rationale().isBlank()) {
                out.append(" — ").append(Markdown.text(l.fk().rationale()));
            }
            out.append(Markdown.sources(l.fk().sources())).append('\n');
        }
        for (Table t : m.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.external()) {
                    out.append("- ").append(Markdown.code(fk.refSchema() + "." + fk.refTable())).append(" 1 — N ").append(Markdown.code(t.name()))
                            .append(": ").append(Markdown.code(t.name() + "(" + String.join(", ", fk.columns()) + ")"))
                            .append(" (external table), ON DELETE ").append(fk.onDelete().name().replace('_', ' ')).append(Markdown.sources(fk.sources())).append('\n');
                }
            }
        }
        for (RelationPlan.ManyToMany mm : plan.manyToManyLinks()) {
            out.append("- ").append(Markdown.code(mm.left().parent().name())).append(" N — M ").append(Markdown.code(mm.right().parent().name()))
                    .append(" through the join table ").append(Markdown.code(mm.join().name())).append(Markdown.sources(mm.join().sources())).append('\n');
        }
        if (!m.enums().isEmpty()) {
            out.append("\n### Enumerations\n\n");
            for (EnumType e : m.enums()) {
                out.append("- ").append(Markdown.code(e.name())).append(": ")
                        .append(String.join(", ", e.values().stream().map(Markdown::code).toList())).append(Markdown.sources(e.sources())).append('\n');
            }
        }
        out.append("\n### Requirement traceability\n\n");
        Map<String, List<String>> trace = traceability(m);
        if (trace.isEmpty()) {
            out.append("No element names a source requirement.\n");
        } else {
            out.append(Markdown.header("Requirement", "Tables, columns and rules"));
            trace.forEach((id, elements) -> out.append(Markdown.row(Markdown.text(id), String.join(", ", elements))));
        }

        out.append("\n## 3. ER Diagram (Mermaid)\n\n").append(Markdown.fence("mermaid", erd));

        out.append("\n## 4. SQLModel Schema (Python/SQLite)\n\n")
                .append("The same tables for Python on SQLite (also `models.py`; DDL in `schema.sqlite.sql`). Every column is an explicit ")
                .append("`sa_column`, so the module imports under SQLModel 0.0.8 (pydantic 1) and current SQLModel alike.\n\n")
                .append(Markdown.fence("python", modelsPy));

        out.append("\n## 5. Prisma Schema\n\nPrisma 7, PostgreSQL provider (also `schema.prisma`).\n\n").append(Markdown.fence("prisma", prisma))
                .append("\n### Differences from the SQLModel/SQLite version\n\n")
                .append("- Prisma targets PostgreSQL: native `uuid`, `timestamptz`, `jsonb`, enums and arrays; SQLModel/SQLite stores uuid, timestamps, ")
                .append("enums and JSON as TEXT (enums with a CHECK), booleans as 0/1 and arrays as JSON.\n")
                .append("- Field names are camelCase in Prisma and snake_case in SQLModel; both map to the same column names.\n")
                .append("- Many-to-many: Prisma keeps each join table as an explicit model; SQLModel uses it as a `link_model` between the two sides.\n");
        if (m.stack().auth() == AuthProvider.SUPABASE) {
            out.append("- References into Supabase's `auth.users` are plain scalar fields in Prisma; SQLModel/SQLite creates a local stand-in table.\n");
        }
        out.append("- CHECK constraints exist in the SQLModel table args and in SQLite; Prisma only lists them as comments.\n");

        out.append("\n## 6. Design Rationale & Assumptions\n\n### Assumptions\n\n");
        boolean rls = m.tables().stream().anyMatch(Table::rlsEnabled);
        out.append("- ").append(m.stack().auth() == AuthProvider.SUPABASE
                ? "Authentication is Supabase Auth; owner columns reference `auth.users(id)`."
                : "Authentication is the application's" + (rls ? "; policies read the current user id from a per-transaction setting." : "."))
                .append('\n');
        for (OpenQuestion q : m.openQuestions()) {
            if (!q.answered() && !q.assumption().isBlank()) {
                out.append("- ").append(Markdown.text(q.assumption())).append(" (until ").append(Markdown.text(q.id())).append(" is answered)\n");
            }
        }
        out.append("\n### Key decisions\n\n");
        List<Decision> decisions = DecisionNotes.designDecisions(m);
        if (decisions.isEmpty()) {
            out.append("- The model records no explicit decisions beyond the conventions below.\n");
        }
        decisions.forEach(d -> DecisionNotes.bullet(out, d, "Alternative: ", "Why: "));
        if (m.tables().stream().anyMatch(t -> t.hasColumn("updated_at"))) {
            out.append("- **updated_at**: maintained by a database trigger (PostgreSQL and SQLite), so every writer agrees.\n");
        }
        out.append("- **Deletes**: every foreign key states its ON DELETE action (see section 2).\n");
        DecisionNotes.appendTrail(out, m, "### Normalization");

        out.append("\n### Indexing strategy for SQLite\n\n");
        IndexPlan indexPlan = IndexPlan.of(m);
        boolean anyIndex = false;
        for (Table t : m.tables()) {
            for (Index ix : indexPlan.indexes(t)) {
                anyIndex = true;
                out.append("- ").append(Markdown.code(ix.name())).append(" on ").append(Markdown.code(t.name() + "(" + String.join(", ", ix.columnNames()) + ")"))
                        .append(ix.unique() ? ", unique" : "").append(ix.partial() ? ", partial" + (ix.condition() == null ? "" : " (where " + Markdown.text(ix.condition().describe()) + ")") + " (SQLite supports partial indexes)" : "")
                        .append(ix.method() != IndexMethod.BTREE ? ", btree in SQLite (" + ix.method().name().toLowerCase(Locale.ROOT) + " in PostgreSQL)" : "");
                if (!ix.reason().isBlank()) {
                    out.append(" — ").append(Markdown.text(ix.reason()));
                }
                out.append('\n');
            }
        }
        if (!anyIndex) {
            out.append("- No secondary indexes; primary keys and UNIQUE constraints carry their own.\n");
        }
        out.append("- Primary keys and UNIQUE constraints are indexed implicitly.\n");
        List<String> unindexed = ForeignKeyIndexes.unindexed(m);
        out.append(unindexed.isEmpty()
                ? "- Every foreign key leads some index, so joins and ON DELETE checks do not scan the child table.\n"
                : "- Foreign keys without a leading index (joins and parent deletes scan the child table): "
                        + String.join(", ", unindexed.stream().map(Markdown::code).toList()) + ".\n");

        out.append("\n### Scaling and migration notes\n\n")
                .append("- Apply `schema.postgres.sql` once to an empty database (it runs in one transaction); later changes go through a ")
                .append("migration tool (Prisma Migrate, Alembic for SQLModel, or plain versioned SQL) rather than re-running it.\n")
;
        if (rls) {
            out.append("- Owner policies read the current user inside `(select ...)`, so PostgreSQL evaluates it once per statement; ")
                    .append("parent and membership checks go through `SECURITY DEFINER` lookup functions that use the parent's key index.\n");
        }
        if (m.tables().stream().anyMatch(t -> t.kind() == TableKind.LOG)) {
            out.append("- Append-only log tables grow fastest: consider time-based partitioning and a retention job once they reach millions of rows.\n");
        }
        if (m.stack().keys() == KeyStrategy.UUID) {
            out.append("- Random uuid keys spread inserts across the index; at very high insert rates a time-ordered uuid (v7) keeps them local.\n");
        }
        out.append("- SQLite suits a single writer (development, tests, embedded use); move to PostgreSQL for concurrent writers and RLS.\n");

        out.append("\n### What each target cannot express\n\n");
        TargetLimits.of(m).forEach((target, items) -> {
            out.append("- **").append(target).append("**\n");
            items.forEach(i -> out.append("  - ").append(i).append('\n'));
        });
        if (!m.diagnostics().isEmpty()) {
            out.append("\n### Diagnostics\n\n");
            for (Diagnostic d : m.diagnostics()) {
                out.append("- ").append(d.severity().name()).append(' ').append(Markdown.code(d.code())).append(": ").append(Markdown.text(d.message()))
                        .append(Markdown.sources(d.sources())).append('\n');
            }
        }

        out.append("\n## Open Questions\n\n");
        List<OpenQuestion> open = m.openQuestions().stream().filter(q -> !q.answered()).toList();
        List<OpenQuestion> answered = m.openQuestions().stream().filter(OpenQuestion::answered).toList();
        if (open.isEmpty()) {
            out.append("None: the documents answered every question the design raised.\n");
        } else {
            out.append("Answer them in a clarifications document (e.g. `clarifications.md`), by id or in your own words, and design again.\n\n");
        }
        int n = 1;
        for (OpenQuestion q : open) {
            out.append(n++).append(". **").append(Markdown.text(q.id())).append("** ").append(Markdown.text(q.question()));
            if (!q.assumption().isBlank()) {
                out.append(" — Assumption: ").append(Markdown.text(q.assumption()));
            }
            out.append(Markdown.sources(q.sources())).append('\n');
        }
        if (!answered.isEmpty()) {
            out.append("\n### Answered questions\n\n");
            n = 1;
            for (OpenQuestion q : answered) {
                out.append(n++).append(". **").append(Markdown.text(q.id())).append("** ").append(Markdown.text(q.question()))
                        .append(" — Answer: ").append(Markdown.text(q.answer())).append(answeredBy(q)).append('\n');
            }
        }
        return out.toString();
    }

    /** " (answered by clarifications.md#L4; raised by prd.md#L6)": who answered, and what raised the question. */
    static String answeredBy(OpenQuestion q) {
        return " (answered by " + Markdown.text(String.join(", ", q.answeredBy())) + (q.sources().isEmpty() ? "" : "; raised by " + Markdown.text(String.join(", ", q.sources()))) + ")";
    }

    /** Requirement id -> the elements it caused, in model order, ids sorted. */
    static Map<String, List<String>> traceability(SchemaModel m) {
        Map<String, List<String>> trace = new TreeMap<>(DesignDocRenderer::naturalOrder);
        for (EnumType e : m.enums()) {
            add(trace, e.sources(), "enum " + Markdown.code(e.name()));
        }
        for (Table t : m.tables()) {
            add(trace, t.sources(), Markdown.code(t.name()));
            for (Column c : t.columns()) {
                add(trace, c.sources(), Markdown.code(t.name() + "." + c.name()));
            }
            for (ForeignKey fk : t.foreignKeys()) {
                add(trace, fk.sources(), "FK " + Markdown.code(fk.name()));
            }
            for (UniqueConstraint u : t.uniques()) {
                add(trace, u.sources(), "UNIQUE " + Markdown.code(u.name()));
            }
            for (CheckConstraint c : t.checks()) {
                add(trace, c.sources(), "CHECK " + Markdown.code(c.name()));
            }
            for (Index ix : t.indexes()) {
                add(trace, ix.sources(), "index " + Markdown.code(ix.name()));
            }
            for (Policy p : t.policies()) {
                add(trace, p.sources(), "policies on " + Markdown.code(t.name()));
            }
        }
        return trace;
    }

    /** R2 before R10: digit runs compare as numbers. */
    static int naturalOrder(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static void add(Map<String, List<String>> trace, List<String> ids, String element) {
        for (String id : ids) {
            List<String> list = trace.computeIfAbsent(id, k -> new ArrayList<>());
            if (!list.contains(element)) {
                list.add(element);
            }
        }
    }
}
