package dev.schemawright.render.sql;

import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexMethod;
import dev.schemawright.contracts.model.IndexPredicate;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.render.naming.PhysicalName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The indexes the SQL renderers emit: an index that repeats the primary key, a UNIQUE constraint or an earlier index
 * is dropped (they would be duplicates), and an index whose name collides with a table or another index-backed name
 * (indexes, tables and constraint indexes share one namespace) gets a numbered suffix. Same plan for every SQL target.
 */
public final class IndexPlan {
    public static final String SOFT_DELETE_COLUMN = "deleted_at";
    private final Map<String, List<Index>> byTable;

    private IndexPlan(Map<String, List<Index>> byTable) {
        this.byTable = byTable;
    }

    public static IndexPlan of(SchemaModel model) {
        Set<String> taken = new HashSet<>();
        for (Table t : model.tables()) {
            taken.add(PhysicalName.of(t.name()));
            taken.add(PhysicalName.of(t.name() + "_pkey"));
            t.uniques().forEach(u -> taken.add(PhysicalName.of(u.name())));
        }
        Map<String, List<Index>> byTable = new LinkedHashMap<>();
        for (Table t : model.tables()) {
            Set<String> shapes = new HashSet<>();
            if (!t.primaryKey().isEmpty()) {
                shapes.add(shape(true, IndexMethod.BTREE, t.primaryKey(), IndexPredicate.NONE) + null);
            }
            for (UniqueConstraint u : t.uniques()) {
                shapes.add(shape(true, IndexMethod.BTREE, u.columns(), IndexPredicate.NONE) + null);
            }
            List<Index> kept = new ArrayList<>();
            for (Index ix : t.indexes()) {
                String exact = shape(ix.unique(), ix.method(), ix.columnNames(), ix.where()) + ix.condition() + ix.columns();
                // a plain index on exactly the key columns adds nothing to the unique index behind the key
                String asUnique = shape(true, ix.method(), ix.columnNames(), ix.where()) + ix.condition();
                if (!shapes.add(exact) || (ix.method() == IndexMethod.BTREE && !ix.partial()
                        && shapes.contains(asUnique) && ix.columns().stream().noneMatch(c -> c.descending()))) {
                    continue;
                }
                String name = PhysicalName.of(ix.name());
                for (int n = 2; taken.contains(name); n++) {
                    name = PhysicalName.of(ix.name() + "_" + n);
                }
                taken.add(name);
                kept.add(name.equals(ix.name()) ? ix : ix.withName(name));
            }
            byTable.put(t.name(), List.copyOf(kept));
        }
        return new IndexPlan(byTable);
    }

    private static String shape(boolean unique, IndexMethod method, List<String> columns, IndexPredicate where) {
        return unique + "|" + method + "|" + String.join("\u0000", columns) + "|" + where;
    }

    public List<Index> indexes(Table t) {
        return byTable.getOrDefault(t.name(), List.of());
    }
}
