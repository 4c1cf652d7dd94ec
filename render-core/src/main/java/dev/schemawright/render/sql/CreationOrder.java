package dev.schemawright.render.sql;

import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tables in foreign-key dependency order (a stable topological sort: among ready tables the model order wins), and
 * the foreign keys that must be added after all tables exist because they close a cycle. Self-references stay inline.
 */
public record CreationOrder(List<Table> tables, Set<String> deferred) {

    public static CreationOrder of(SchemaModel model) {
        Set<String> names = new HashSet<>();
        model.tables().forEach(t -> names.add(t.name()));
        List<Table> remaining = new ArrayList<>(model.tables());
        Set<String> created = new HashSet<>();
        List<Table> order = new ArrayList<>();
        Set<String> deferred = new LinkedHashSet<>();
        while (!remaining.isEmpty()) {
            Table next = null;
            for (Table t : remaining) {
                if (ready(t, created, names)) {
                    next = t;
                    break;
                }
            }
            if (next == null) {
                // A cycle: take the first table in model order and add its forward references later.
                next = remaining.get(0);
            }
            for (ForeignKey fk : next.foreignKeys()) {
                if (internal(fk, names) && !fk.refTable().equals(next.name()) && !created.contains(fk.refTable())) {
                    deferred.add(key(next, fk));
                }
            }
            remaining.remove(next);
            created.add(next.name());
            order.add(next);
        }
        return new CreationOrder(List.copyOf(order), deferred);
    }

    private static boolean ready(Table t, Set<String> created, Set<String> names) {
        for (ForeignKey fk : t.foreignKeys()) {
            if (internal(fk, names) && !fk.refTable().equals(t.name()) && !created.contains(fk.refTable())) {
                return false;
            }
        }
        return true;
    }

    private static boolean internal(ForeignKey fk, Set<String> names) {
        return !fk.external() && names.contains(fk.refTable());
    }

    /** Whether {@code fk} of {@code table} is added by ALTER TABLE after every table exists. */
    public boolean isDeferred(Table table, ForeignKey fk) {
        return deferred.contains(key(table, fk));
    }

    private static String key(Table t, ForeignKey fk) {
        return t.name() + "\u0000" + fk.name();
    }
}
