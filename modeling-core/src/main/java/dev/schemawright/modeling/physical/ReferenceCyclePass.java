package dev.schemawright.modeling.physical;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.Decision;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tables that reach each other through required foreign keys (an operator works at a warehouse, the warehouse is owned
 * by an operator) could never get their first row: neither insert can come first. Each such cycle gets one link made
 * optional (nullable, ON DELETE SET NULL): preferably an owner column the design added by convention, else the link
 * whose table sorts last, so the choice is deterministic. The change is recorded as a decision.
 */
public final class ReferenceCyclePass implements DesignPass {
    @Override
    public SchemaModel apply(DesignContext ctx) {
        return normalize(ctx.model());
    }

    public static SchemaModel normalize(SchemaModel m) {
        SchemaModel current = m;
        for (int guard = 0; guard < 64; guard++) {
            Optional<List<Link>> cycle = requiredCycle(current);
            if (cycle.isEmpty()) {
                return current;
            }
            current = relax(current, choose(cycle.get()));
        }
        return current;
    }

    /** A required (all columns NOT NULL) foreign key from one table to another. */
    private record Link(Table table, ForeignKey fk) {
    }

    private static Optional<List<Link>> requiredCycle(SchemaModel m) {
        Map<String, List<Link>> out = new LinkedHashMap<>();
        for (Table t : m.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                boolean required = fk.columns().stream().allMatch(c -> t.column(c).map(col -> !col.nullable()).orElse(false));
                if (!fk.external() && required && !fk.refTable().equals(t.name()) && m.table(fk.refTable()).isPresent()) {
                    out.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(new Link(t, fk));
                }
            }
        }
        for (Table start : m.tables()) {
            List<Link> path = new ArrayList<>();
            if (search(start.name(), start.name(), out, path, new java.util.HashSet<>())) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    private static boolean search(String start, String at, Map<String, List<Link>> out, List<Link> path, java.util.Set<String> seen) {
        for (Link l : out.getOrDefault(at, List.of())) {
            path.add(l);
            if (l.fk().refTable().equals(start)) {
                return true;
            }
            if (seen.add(l.fk().refTable()) && search(start, l.fk().refTable(), out, path, seen)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    /** The link to make optional: an owner column added by convention first, else the one on the table that sorts last. */
    private static Link choose(List<Link> cycle) {
        return cycle.stream().filter(l -> l.fk().columns().size() == 1 && l.table().column(l.fk().columns().get(0))
                        .map(c -> c.description().equals("owner")).orElse(false)).findFirst()
                .orElse(cycle.stream().max(Comparator.comparing((Link l) -> l.table().name()).thenComparing(l -> l.fk().name())).orElseThrow());
    }

    private static SchemaModel relax(SchemaModel m, Link link) {
        String why = "optional: " + link.table().name() + " and " + link.fk().refTable()
                + " require each other, so one link must wait until both rows exist";
        List<Table> tables = new ArrayList<>();
        for (Table t : m.tables()) {
            if (!t.name().equals(link.table().name())) {
                tables.add(t);
                continue;
            }
            List<Column> cols = t.columns().stream().map(c -> link.fk().columns().contains(c.name()) ? c.withNullable(true) : c).toList();
            List<ForeignKey> fks = t.foreignKeys().stream().map(f -> f.name().equals(link.fk().name())
                    ? new ForeignKey(f.name(), f.columns(), f.refSchema(), f.refTable(), f.refColumns(), FkAction.SET_NULL, why, f.sources()) : f).toList();
            tables.add(t.withColumns(cols).withForeignKeys(fks));
        }
        List<Decision> decisions = new ArrayList<>(m.decisions());
        String id = "reference-cycle-" + link.table().name() + "-" + String.join("-", link.fk().columns());
        if (decisions.stream().noneMatch(d -> d.id().equals(id))) {
            decisions.add(new Decision(id, "reference cycle " + link.table().name() + " / " + link.fk().refTable(),
                    link.table().name() + "." + String.join(", ", link.fk().columns()) + " is nullable, ON DELETE SET NULL",
                    "Both links required (no first row could ever be inserted), or deferred constraints", why, link.fk().sources()));
        }
        return m.withTables(tables).withDecisions(decisions);
    }
}
