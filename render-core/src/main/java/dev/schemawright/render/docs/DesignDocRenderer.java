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
                .append(" for the team that builds its prototype. The requirements behind each element are listed in the appendix.\n\n");

        out.append("## 1. Database Design Summary\n\n");
        if (!m.summary().isBlank()) {
            out.append(Markdown.text(m.summary())).append("\n\n");
        }
        DesignProse.summary(out, m);

        out.append("\n## 2. Key Entities and Relationships\n\n### Entities\n\n")
                .append(Markdown.header("Table", "Kind", "Purpose", "Primary key"));
        for (Table t : m.tables()) {
            out.append(Markdown.row(Markdown.code(t.name()), t.kind().name().toLowerCase(Locale.ROOT),
                    t.description().isBlank() ? "Not stated in the documents." : Markdown.text(t.description()),
                    Markdown.code(String.join(", ", t.primaryKey()))));
        }
        out.append("\n### Relationships\n\n");
        DesignProse.relationships(out, m, plan);
        if (!m.enums().isEmpty()) {
            out.append("\n### Enumerations\n\n");
            for (EnumType e : m.enums()) {
                out.append("- ").append(Markdown.code(e.name())).append(": ")
                        .append(String.join(", ", e.values().stream().map(Markdown::code).toList())).append('\n');
            }
        }

        out.append("\n## 3. ER Diagram (Mermaid)\n\n").append(Markdown.fence("mermaid", erd));

        out.append("\n## 4. SQLModel Schema (Python/SQLite)\n\n");
        DesignProse.sqlModel(out, m);
        out.append('\n').append(Markdown.fence("python", modelsPy));

        out.append("\n## 5. Prisma Schema\n\nPrisma 7 on PostgreSQL (also `schema.prisma`), for the application once it leaves the prototype.\n\n")
                .append(Markdown.fence("prisma", prisma))
                .append("\n### On the way to PostgreSQL and Prisma\n\n");
        DesignProse.towardsPostgres(out, m);
        out.append("\n### What each target cannot express\n\n");
        TargetLimits.of(m).forEach((target, items) -> {
            if (items.isEmpty()) {
                return;
            }
            out.append("- **").append(target).append("**\n");
            items.forEach(i -> out.append("  - ").append(i).append('\n'));
        });

        out.append("\n## 6. Design Rationale & Assumptions\n\n### Key decisions\n\n");
        List<Decision> decisions = DecisionNotes.designDecisions(m);
        if (decisions.isEmpty()) {
            out.append("- The model records no explicit decisions for ").append(Markdown.text(m.title())).append(".\n");
        }
        decisions.forEach(d -> DecisionNotes.bullet(out, d, "Alternative: ", "Why: ", false));
        List<OpenQuestion> assumed = m.openQuestions().stream().filter(q -> !q.answered() && !q.assumption().isBlank()).toList();
        if (!assumed.isEmpty()) {
            out.append("\n### Assumptions\n\nWhat the design takes for granted until the open question named after each is answered:\n\n");
            for (OpenQuestion q : assumed) {
                out.append("- ").append(Markdown.text(q.assumption())).append(" (").append(Markdown.text(q.id())).append(")\n");
            }
        }
        DecisionNotes.appendTrail(out, m, "### Normalization", false);

        out.append("\n### Indexing strategy for SQLite\n\n");
        DesignProse.indexing(out, m);
        if (!m.diagnostics().isEmpty()) {
            out.append("\n### Diagnostics\n\n");
            for (Diagnostic d : m.diagnostics()) {
                out.append("- ").append(d.severity().name()).append(' ').append(Markdown.code(d.code())).append(": ").append(Markdown.text(d.message()))
                        .append(Markdown.sources(d.sources())).append('\n');
            }
        }

        out.append(LintSection.render(m));

        out.append("\n## Open Questions\n\n");
        List<OpenQuestion> open = m.openQuestions().stream().filter(q -> !q.answered()).toList();
        List<OpenQuestion> answered = m.openQuestions().stream().filter(OpenQuestion::answered).toList();
        if (open.isEmpty()) {
            out.append("None open: ").append(answered.isEmpty() ? "the design raised no question." : "every question the design raised is answered below.")
                    .append('\n');
        } else {
            out.append("Each answer would change tables, keys or policies. Answer them in a clarifications document (e.g. `clarifications.md`), ")
                    .append("by id or in your own words, and design again.\n\n");
        }
        int n = 1;
        for (OpenQuestion q : open) {
            out.append(n++).append(". **").append(Markdown.text(q.id())).append("** ").append(Markdown.text(q.question()));
            if (!q.assumption().isBlank()) {
                out.append(" — Assumption: ").append(Markdown.text(q.assumption()));
            }
            if (!q.sources().isEmpty()) {
                List<String> shown = q.sources().size() <= 3 ? q.sources() : q.sources().subList(0, 3);
                out.append(" (raised by ").append(Markdown.text(String.join(", ", shown)))
                        .append(q.sources().size() > 3 ? " and " + (q.sources().size() - 3) + " more" : "").append(')');
            }
            out.append('\n');
        }
        if (!answered.isEmpty()) {
            out.append("\n### Answered questions\n\n");
            n = 1;
            for (OpenQuestion q : answered) {
                out.append(n++).append(". **").append(Markdown.text(q.id())).append("** ").append(Markdown.text(q.question()))
                        .append(" — Answer: ").append(Markdown.text(q.answer())).append(answeredBy(q)).append('\n');
            }
        }

        out.append("\n## Appendix: Requirement traceability\n\n");
        Map<String, List<String>> trace = traceability(m);
        if (trace.isEmpty()) {
            out.append("No element names a source requirement.\n");
        } else {
            out.append(Markdown.header("Requirement", "Tables, columns, rules and decisions"));
            trace.forEach((id, elements) -> out.append(Markdown.row(Markdown.text(id), String.join(", ", elements))));
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
        for (Decision d : m.decisions()) {
            add(trace, d.sources(), "decision " + Markdown.text(d.topic()));
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
