package dev.schemawright.render.docs;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexColumn;
import dev.schemawright.contracts.model.OpenQuestion;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.render.mermaid.MermaidErRenderer;
import dev.schemawright.render.postgres.PostgresDialect;
import dev.schemawright.render.postgres.PostgresRenderer;
import dev.schemawright.render.relations.RelationPlan;
import dev.schemawright.render.relations.RelationPlan.Link;
import dev.schemawright.render.sql.CheckExpressions;
import dev.schemawright.render.sql.EnumTypeNames;
import dev.schemawright.render.sql.IndexPlan;
import dev.schemawright.render.sql.KeyColumnsRequired;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * db-plan.md: the database plan in the shape teams write by hand — tables with columns, types and constraints;
 * relationships with cardinality and join tables; indexes; PostgreSQL policies; design notes; the Mermaid diagram.
 */
public final class DbPlanRenderer {
    private final PostgresRenderer postgres = new PostgresRenderer();
    private final PostgresDialect d = PostgresDialect.INSTANCE;

    public String render(SchemaModel model) {
        return render(model, new MermaidErRenderer().render(model));
    }

    /** With the already rendered ER diagram (the facade renders it once). */
    public String render(SchemaModel input, String erd) {
        SchemaModel m = KeyColumnsRequired.apply(input);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(Markdown.text(m.title())).append(" — Database Plan\n\n")
                .append("Target: ").append(m.stack().auth() == AuthProvider.SUPABASE ? "PostgreSQL on Supabase (users in `auth.users`)" : "PostgreSQL")
                .append(". Rendered by Schemawright from project ").append(Markdown.code(m.projectId())).append("; the DDL is `schema.postgres.sql`.\n\n");

        out.append("## 1. Tables\n\n");
        int n = 1;
        EnumTypeNames enumNames = EnumTypeNames.of(m);
        if (!m.enums().isEmpty()) {
            out.append("### 1.").append(n++).append(" Enumerations\n\n");
            for (EnumType e : m.enums()) {
                out.append("- ").append(Markdown.code(enumNames.physical(e.name()))).append(": ")
                        .append(String.join(", ", e.values().stream().map(Markdown::code).toList())).append(Markdown.sources(e.sources())).append('\n');
            }
            out.append('\n');
        }
        for (Table t : m.tables()) {
            out.append("### 1.").append(n++).append(' ').append(Markdown.code(t.name())).append("\n\n");
            if (!t.description().isBlank() || !t.sources().isEmpty()) {
                out.append(Markdown.described(t.description(), t.sources())).append("\n\n");
            }
            out.append(Markdown.header("Column", "Type", "Constraints", "Notes"));
            for (Column c : t.columns()) {
                out.append(Markdown.row(Markdown.code(c.name()), Markdown.code(postgres.type(c.type(), enumNames)), constraints(m, t, c),
                        Markdown.described(c.description(), c.sources())));
            }
            List<String> tableConstraints = new ArrayList<>();
            if (t.primaryKey().size() > 1) {
                tableConstraints.add("PRIMARY KEY (" + Markdown.code(String.join(", ", t.primaryKey())) + ")");
            }
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.columns().size() > 1) {
                    tableConstraints.add("FOREIGN KEY " + Markdown.code("(" + String.join(", ", fk.columns()) + ")") + " REFERENCES " + reference(fk)
                            + " ON DELETE " + d.onDelete(fk.onDelete()) + Markdown.sources(fk.sources()));
                }
            }
            for (UniqueConstraint u : t.uniques()) {
                if (u.columns().size() > 1) {
                    tableConstraints.add("UNIQUE (" + Markdown.code(String.join(", ", u.columns())) + ")" + Markdown.sources(u.sources()));
                }
            }
            for (CheckConstraint ck : t.checks()) {
                tableConstraints.add("CHECK " + Markdown.code("(" + CheckExpressions.of(ck, d) + ")") + " — " + Markdown.code(ck.name())
                        + Markdown.sources(ck.sources()));
            }
            if (!tableConstraints.isEmpty()) {
                out.append("\nConstraints:\n\n");
                tableConstraints.forEach(c -> out.append("- ").append(c).append('\n'));
            }
            out.append('\n');
        }

        out.append("## 2. Relationships\n\n");
        RelationPlan plan = RelationPlan.of(m);
        for (Link l : plan.links()) {
            out.append("- ").append(Markdown.code(l.parent().name())).append(" (1) → ").append(Markdown.code(l.child().name()))
                    .append(l.oneToOne() ? " (0..1)" : " (many)").append(" via ")
                    .append(Markdown.code(l.child().name() + "." + String.join(", ", l.fk().columns()) + " → " + l.parent().name() + "."
                            + String.join(", ", l.fk().refColumns())))
                    .append(l.optional() ? ", optional" : "").append(", ON DELETE ").append(d.onDelete(l.fk().onDelete()))
                    .append(Markdown.sources(l.fk().sources())).append('\n');
        }
        for (Table t : m.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.external()) {
                    out.append("- ").append(Markdown.code(fk.refSchema() + "." + fk.refTable())).append(" (1) → ").append(Markdown.code(t.name()))
                            .append(" (many) via ").append(Markdown.code(t.name() + "." + String.join(", ", fk.columns()))).append(", ON DELETE ")
                            .append(d.onDelete(fk.onDelete())).append(" (external table)").append(Markdown.sources(fk.sources())).append('\n');
                }
            }
        }
        for (RelationPlan.ManyToMany mm : plan.manyToManyLinks()) {
            out.append("- ").append(Markdown.code(mm.left().parent().name())).append(" (many) ↔ ").append(Markdown.code(mm.right().parent().name()))
                    .append(" (many) through the join table ").append(Markdown.code(mm.join().name())).append('\n');
        }
        if (!m.relationships().isEmpty()) {
            out.append("\nAs the requirements state them:\n\n").append(Markdown.header("From", "To", "Cardinality", "Join table", "Meaning", "Sources"));
            for (Relationship r : m.relationships()) {
                out.append(Markdown.row(Markdown.code(r.from()), Markdown.code(r.to()), cardinality(r), r.via() == null ? "" : Markdown.code(r.via()),
                        Markdown.text(r.label()), Markdown.text(String.join(", ", r.sources()))));
            }
        }
        if (plan.links().isEmpty() && m.relationships().isEmpty()) {
            out.append("No relationships.\n");
        }

        out.append("\n## 3. Indexes\n\n").append(Markdown.header("Table", "Index", "Columns", "Method", "Unique", "Partial", "Why"));
        IndexPlan indexPlan = IndexPlan.of(m);
        for (Table t : m.tables()) {
            if (!t.primaryKey().isEmpty()) {
                out.append(Markdown.row(Markdown.code(t.name()), Markdown.code(t.name() + "_pkey"), Markdown.code(String.join(", ", t.primaryKey())),
                        "btree", "yes", "", "primary key"));
            }
            for (UniqueConstraint u : t.uniques()) {
                out.append(Markdown.row(Markdown.code(t.name()), Markdown.code(u.name()), Markdown.code(String.join(", ", u.columns())), "btree", "yes", "",
                        "UNIQUE constraint"));
            }
            for (Index ix : indexPlan.indexes(t)) {
                out.append(Markdown.row(Markdown.code(t.name()), Markdown.code(ix.name()), Markdown.code(columns(ix)),
                        ix.method().name().toLowerCase(Locale.ROOT), ix.unique() ? "yes" : "no", predicate(t, ix), Markdown.text(ix.reason())));
            }
        }

        out.append("\n## 4. PostgreSQL Policies\n\n");
        List<Table> secured = m.tables().stream().filter(Table::rlsEnabled).toList();
        if (secured.isEmpty()) {
            out.append("No table has row-level security enabled.\n");
        } else {
            out.append("Row-level security is enabled on ").append(String.join(", ", secured.stream().map(t -> Markdown.code(t.name())).toList()))
                    .append(", with one policy per command. ");
            out.append(m.stack().auth() == AuthProvider.SUPABASE
                    ? "The current user is `(select auth.uid())`.\n"
                    : ApplicationSession.howToConnect(m) + "\n");
            String functions = postgres.accessFunctions(m);
            if (!functions.isEmpty()) {
                out.append("\nPolicies that depend on a parent or membership row call a `SECURITY DEFINER` lookup function, so the policy's role ")
                        .append("needs no grants on that table and its own policies cannot recurse:\n\n").append(Markdown.fence("sql", functions));
            }
            for (Table t : secured) {
                out.append("\n### ").append(Markdown.code(t.name())).append("\n\n");
                StringBuilder sql = new StringBuilder("ALTER TABLE ").append(d.quote(t.name())).append(" ENABLE ROW LEVEL SECURITY;\n");
                for (Policy p : t.policies()) {
                    sql.append(postgres.createPolicy(m, t, p)).append('\n');
                }
                out.append(Markdown.fence("sql", sql.toString()));
                for (Policy p : t.policies()) {
                    if (!p.description().isBlank()) {
                        out.append("- ").append(Markdown.code(p.name())).append(": ").append(Markdown.text(p.description())).append(Markdown.sources(p.sources()))
                                .append('\n');
                    }
                }
            }
        }

        out.append("\n## 5. Design Notes\n\n");
        DecisionNotes.designDecisions(m).forEach(d -> DecisionNotes.bullet(out, d, "Instead of: ", ""));
        for (OpenQuestion q : m.openQuestions()) {
            if (!q.answered()) {
                out.append("- Open question ").append(Markdown.text(q.id())).append(": ").append(Markdown.text(q.question()));
                if (!q.assumption().isBlank()) {
                    out.append(" Assumed: ").append(Markdown.text(q.assumption()));
                }
                out.append('\n');
            }
        }
        for (OpenQuestion q : m.openQuestions()) {
            if (q.answered()) {
                out.append("- Answered question ").append(Markdown.text(q.id())).append(": ").append(Markdown.text(q.question()))
                        .append(" Answer: ").append(Markdown.text(q.answer())).append(DesignDocRenderer.answeredBy(q)).append('\n');
            }
        }
        if (m.tables().stream().anyMatch(t -> t.hasColumn("updated_at"))) {
            out.append("- `updated_at` columns are kept current by a trigger.\n");
        }
        List<String> unindexed = ForeignKeyIndexes.unindexed(m);
        if (!unindexed.isEmpty()) {
            out.append("- Foreign keys without a leading index: ").append(String.join(", ", unindexed.stream().map(Markdown::code).toList())).append(".\n");
        }
        // the other targets' limits belong to design.md; this plan is PostgreSQL's
        TargetLimits.of(m).getOrDefault("PostgreSQL", List.of()).forEach(item -> out.append("- ").append(item).append('\n'));
        DecisionNotes.appendTrail(out, m, "### Normalization");

        out.append("\n## 6. Mermaid Diagram\n\n").append(Markdown.fence("mermaid", erd));
        return out.toString();
    }

    private String constraints(SchemaModel m, Table t, Column c) {
        List<String> parts = new ArrayList<>();
        if (t.primaryKey().size() == 1 && t.primaryKey().get(0).equals(c.name())) {
            parts.add("PRIMARY KEY");
        }
        if (c.identity()) {
            parts.add("GENERATED ALWAYS AS IDENTITY");
        }
        if (!c.nullable()) {
            parts.add("NOT NULL");
        }
        for (UniqueConstraint u : t.uniques()) {
            if (u.columns().size() == 1 && u.columns().get(0).equals(c.name())) {
                parts.add("UNIQUE");
            }
        }
        String def = postgres.defaultExpression(m, c);
        if (def != null) {
            parts.add("DEFAULT " + Markdown.code(def));
        }
        for (ForeignKey fk : t.foreignKeys()) {
            if (fk.columns().size() == 1 && fk.columns().get(0).equals(c.name())) {
                parts.add("REFERENCES " + reference(fk) + " ON DELETE " + d.onDelete(fk.onDelete()));
            }
        }
        return String.join(", ", parts);
    }

    private static String reference(ForeignKey fk) {
        return Markdown.code((fk.external() ? fk.refSchema() + "." : "") + fk.refTable() + "(" + String.join(", ", fk.refColumns()) + ")");
    }

    private static String columns(Index ix) {
        List<String> cols = new ArrayList<>();
        for (IndexColumn c : ix.columns()) {
            cols.add(c.name() + (c.descending() ? " DESC" : ""));
        }
        return String.join(", ", cols);
    }

    private String predicate(Table t, Index ix) {
        String where = d.indexPredicate(t, ix);
        return where == null ? "" : Markdown.code(where);
    }

    private static String cardinality(Relationship r) {
        String c = r.cardinality().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return r.optional() ? c + " (optional)" : c;
    }
}
