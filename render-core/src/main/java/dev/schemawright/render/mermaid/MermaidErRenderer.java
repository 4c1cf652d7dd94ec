package dev.schemawright.render.mermaid;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.render.naming.CaseConversion;
import dev.schemawright.render.naming.NameAllocator;
import dev.schemawright.render.postgres.PostgresRenderer;
import dev.schemawright.render.relations.RelationPlan;
import dev.schemawright.render.relations.RelationPlan.Link;
import dev.schemawright.render.sql.SqlComments;
import dev.schemawright.render.sql.KeyColumnsRequired;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * erd.mmd: a Mermaid erDiagram. Entities and attributes use ASCII snake_case identifiers (Mermaid's grammar accepts
 * no quoting for them, and a few exact words are keywords); attribute types are single tokens; relationships come from
 * the foreign keys: a nullable FK makes the parent side zero-or-one, a unique FK makes the child side zero-or-one, and
 * an FK inside the child's primary key is drawn as identifying (solid line). Many-to-many shows through its join table.
 */
public final class MermaidErRenderer {
    /** Exact words Mermaid's erDiagram lexer takes as keywords where an entity name is expected. */
    private static final Set<String> ENTITY_KEYWORDS = Set.of("end", "class", "style", "classdef", "one", "many", "to", "subgraph",
            "acctitle", "accdescr", "erdiagram", "click", "direction_tb", "direction_bt", "direction_rl", "direction_lr");
    private static final Set<String> ATTRIBUTE_KEYWORDS = Set.of("pk", "fk", "uk");

    private final PostgresRenderer postgres = new PostgresRenderer();

    public String render(SchemaModel input) {
        SchemaModel model = KeyColumnsRequired.apply(input);
        RelationPlan plan = RelationPlan.of(model);
        NameAllocator entities = new NameAllocator(Set.of());
        Map<String, String> entityNames = new HashMap<>();
        for (Table t : model.tables()) {
            entityNames.put(t.name(), entities.allocate(entityName(t.name())));
        }
        // external tables (Supabase auth.users) appear as entities too, so ownership stays visible
        Map<String, List<String[]>> externals = new LinkedHashMap<>();
        Map<String, String> externalNames = new HashMap<>();
        for (Table t : model.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.external()) {
                    String key = fk.refSchema() + "." + fk.refTable();
                    if (!externalNames.containsKey(key)) {
                        externalNames.put(key, entities.allocate(entityName(fk.refSchema() + "_" + fk.refTable())));
                        externals.put(key, new ArrayList<>());
                    }
                    for (int i = 0; i < fk.refColumns().size(); i++) {
                        String refCol = fk.refColumns().get(i);
                        String type = t.column(fk.columns().get(i)).map(c -> typeToken(c)).orElse("uuid");
                        if (externals.get(key).stream().noneMatch(a -> a[1].equals(refCol))) {
                            externals.get(key).add(new String[] {type, refCol});
                        }
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder("erDiagram\n");
        for (Table t : model.tables()) {
            out.append("    ").append(entityNames.get(t.name())).append(" {\n");
            NameAllocator attrs = new NameAllocator(ATTRIBUTE_KEYWORDS);
            Set<String> fkCols = new HashSet<>();
            t.foreignKeys().forEach(fk -> fkCols.addAll(fk.columns()));
            Set<String> uniqueCols = uniqueColumns(t);
            for (Column c : t.columns()) {
                List<String> keys = new ArrayList<>();
                if (t.primaryKey().contains(c.name())) {
                    keys.add("PK");
                }
                if (fkCols.contains(c.name())) {
                    keys.add("FK");
                }
                if (uniqueCols.contains(c.name())) {
                    keys.add("UK");
                }
                out.append("        ").append(typeToken(c)).append(' ').append(attrs.allocate(CaseConversion.snake(c.name())));
                if (!keys.isEmpty()) {
                    out.append(' ').append(String.join(", ", keys));
                }
                String comment = commentText(c);
                if (!comment.isEmpty()) {
                    out.append(" \"").append(comment).append('"');
                }
                out.append('\n');
            }
            out.append("    }\n");
        }
        for (Map.Entry<String, List<String[]>> e : externals.entrySet()) {
            out.append("    ").append(externalNames.get(e.getKey())).append(" {\n");
            for (String[] a : e.getValue()) {
                out.append("        ").append(a[0]).append(' ').append(CaseConversion.snake(a[1])).append(" PK \"")
                        .append(quoteFree(e.getKey())).append(" (external)\"\n");
            }
            out.append("    }\n");
        }
        for (Link l : plan.links()) {
            String parentSide = l.optional() ? "|o" : "||";
            String childSide = l.oneToOne() ? "o|" : "o{";
            boolean identifying = l.child().primaryKey().containsAll(l.fk().columns());
            out.append("    ").append(entityNames.get(l.parent().name())).append(' ').append(parentSide).append(identifying ? "--" : "..")
                    .append(childSide).append(' ').append(entityNames.get(l.child().name())).append(" : \"")
                    .append(label(model, l.parent().name(), l.child().name(), l.fk())).append("\"\n");
        }
        for (Table t : model.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.external()) {
                    boolean optional = fk.columns().stream().anyMatch(c -> t.column(c).map(Column::nullable).orElse(true));
                    boolean identifying = t.primaryKey().containsAll(fk.columns());
                    out.append("    ").append(externalNames.get(fk.refSchema() + "." + fk.refTable())).append(' ').append(optional ? "|o" : "||")
                            .append(identifying ? "--" : "..").append(uniqueColumnsSet(t).contains(Set.copyOf(fk.columns())) ? "o|" : "o{").append(' ')
                            .append(entityNames.get(t.name())).append(" : \"").append(quoteFree(String.join(", ", fk.columns()))).append("\"\n");
                }
            }
        }
        for (RelationPlan.ManyToMany m : plan.manyToManyLinks()) {
            out.append("    %% many-to-many: ").append(entityNames.get(m.left().parent().name())).append(" and ")
                    .append(entityNames.get(m.right().parent().name())).append(" through ").append(entityNames.get(m.join().name())).append('\n');
        }
        return out.toString();
    }

    private static String entityName(String tableName) {
        String s = CaseConversion.snake(tableName);
        return ENTITY_KEYWORDS.contains(s) ? s + "_table" : s;
    }

    /** The PostgreSQL type as one token: spaces become underscores, so "double precision" reads double_precision. */
    private String typeToken(Column c) {
        String t = c.type().kind() == dev.schemawright.contracts.model.TypeKind.ENUM
                ? CaseConversion.snake(c.type().enumName()) + (c.type().array() ? "[]" : "")
                : postgres.type(c.type());
        return t.replace(' ', '_').replace(",", "_");
    }

    private static String commentText(Column c) {
        return quoteFree(c.description());
    }

    /** Text inside a Mermaid quoted string: one line, no double quotes. */
    static String quoteFree(String s) {
        return SqlComments.line(s).replace('"', '\'');
    }

    private static Set<String> uniqueColumns(Table t) {
        Set<String> cols = new HashSet<>();
        for (UniqueConstraint u : t.uniques()) {
            if (u.columns().size() == 1) {
                cols.add(u.columns().get(0));
            }
        }
        for (Index ix : t.indexes()) {
            if (ix.unique() && ix.columns().size() == 1 && !ix.partial()) {
                cols.add(ix.columnNames().get(0));
            }
        }
        return cols;
    }

    private static Set<Set<String>> uniqueColumnsSet(Table t) {
        Set<Set<String>> sets = new HashSet<>();
        if (!t.primaryKey().isEmpty()) {
            sets.add(Set.copyOf(t.primaryKey()));
        }
        t.uniques().forEach(u -> sets.add(Set.copyOf(u.columns())));
        return sets;
    }

    /** The domain's verb for this pair when the model states one (and the pair has a single FK), else the FK columns. */
    private static String label(SchemaModel model, String parent, String child, ForeignKey fk) {
        long fksBetween = model.table(child).map(t -> t.foreignKeys().stream().filter(f -> !f.external() && f.refTable().equals(parent)).count()).orElse(0L);
        if (fksBetween == 1) {
            for (Relationship r : model.relationships()) {
                if (r.from().equals(parent) && r.to().equals(child) && !r.label().isBlank()) {
                    return quoteFree(r.label());
                }
            }
        }
        return quoteFree(String.join(", ", fk.columns()));
    }
}
