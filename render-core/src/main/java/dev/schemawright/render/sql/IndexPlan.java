package dev.schemawright.render.sql;

import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexMethod;
import dev.schemawright.contracts.model.IndexPredicate;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.render.naming.PhysicalName;
import java.util.ArrayList;
import java.util.HashMap;
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
    private final Map<String, List<Duplicate>> duplicates;

    /** An index the plan leaves out, and what already gives it: the primary key, a UNIQUE constraint or an index. */
    public record Duplicate(Index index, String of) {
    }

    private IndexPlan(Map<String, List<Index>> byTable, Map<String, List<Duplicate>> duplicates) {
        this.byTable = byTable;
        this.duplicates = duplicates;
    }

    public static IndexPlan of(SchemaModel model) {
        Set<String> taken = new HashSet<>();
        for (Table t : model.tables()) {
            taken.add(PhysicalName.of(t.name()));
            taken.add(PhysicalName.of(t.name() + "_pkey"));
            t.uniques().forEach(u -> taken.add(PhysicalName.of(u.name())));
        }
        Map<String, List<Index>> byTable = new LinkedHashMap<>();
        Map<String, List<Duplicate>> duplicates = new LinkedHashMap<>();
        for (Table t : model.tables()) {
            // shape -> what gives it (for the lint's "duplicate of ...")
            Map<String, String> shapes = new HashMap<>();
            if (!t.primaryKey().isEmpty()) {
                shapes.put(shape(true, IndexMethod.BTREE, t.primaryKey(), IndexPredicate.NONE) + null, "the primary key");
            }
            for (UniqueConstraint u : t.uniques()) {
                shapes.putIfAbsent(shape(true, IndexMethod.BTREE, u.columns(), IndexPredicate.NONE) + null, "UNIQUE constraint " + u.name());
            }
            List<Index> kept = new ArrayList<>();
            List<Duplicate> dropped = new ArrayList<>();
            for (Index ix : t.indexes()) {
                String exact = shape(ix.unique(), ix.method(), ix.columnNames(), ix.where()) + ix.condition() + ix.columns();
                // a plain index on exactly the key columns adds nothing to the unique index behind the key
                String asUnique = shape(true, ix.method(), ix.columnNames(), ix.where()) + ix.condition();
                String earlier = shapes.putIfAbsent(exact, "index " + ix.name());
                if (earlier == null && ix.method() == IndexMethod.BTREE && !ix.partial() && shapes.containsKey(asUnique)
                        && ix.columns().stream().noneMatch(c -> c.descending())) {
                    earlier = shapes.get(asUnique);
                }
                if (earlier != null) {
                    dropped.add(new Duplicate(ix, earlier));
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
            duplicates.put(t.name(), List.copyOf(dropped));
        }
        return new IndexPlan(byTable, duplicates);
    }

    private static String shape(boolean unique, IndexMethod method, List<String> columns, IndexPredicate where) {
        return unique + "|" + method + "|" + String.join("\u0000", columns) + "|" + where;
    }

    public List<Index> indexes(Table t) {
        return byTable.getOrDefault(t.name(), List.of());
    }

    /** The indexes of {@code t} left out as duplicates, in model order. */
    public List<Duplicate> duplicates(Table t) {
        return duplicates.getOrDefault(t.name(), List.of());
    }
}
