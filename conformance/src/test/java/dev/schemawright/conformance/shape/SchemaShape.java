package dev.schemawright.conformance.shape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one rendering says about the schema, reduced to what every target can express: tables, columns with
 * nullability (and a type family where the target keeps one: PostgreSQL, Prisma), primary keys, unique keys, and
 * foreign keys with their ON DELETE action. Each target's shape is read back from what
 * the real tool built (catalogs, PRAGMAs, Prisma's DMMF, SQLModel's tables), then compared with the model's.
 */
public record SchemaShape(String target, SortedMap<String, TableShape> tables) {
    public SchemaShape {
        Objects.requireNonNull(target, "target");
        tables = new TreeMap<>(tables);
    }

    /** {@code type}: a type family (see {@link TypeFamily}), or null where the target's storage types say nothing. */
    public record ColumnShape(String name, boolean nullable, String type) {
    }

    /** {@code onDelete} is one of CASCADE, RESTRICT, SET_NULL, NO_ACTION, SET_DEFAULT. */
    public record ForeignKeyShape(List<String> columns, String refTable, List<String> refColumns, String onDelete)
            implements Comparable<ForeignKeyShape> {
        public ForeignKeyShape {
            columns = List.copyOf(columns);
            refColumns = List.copyOf(refColumns);
        }

        @Override
        public int compareTo(ForeignKeyShape o) {
            return toString().compareTo(o.toString());
        }

        @Override
        public String toString() {
            return columns + " -> " + refTable + refColumns + " ON DELETE " + onDelete;
        }
    }

    /** {@code uniques}: the column sets of unique constraints and full (non-partial) unique indexes, other than the key. */
    public record TableShape(String name, SortedMap<String, ColumnShape> columns, List<String> primaryKey,
                             SortedSet<ForeignKeyShape> foreignKeys, SortedSet<String> uniques) {
        public TableShape {
            columns = new TreeMap<>(columns);
            primaryKey = List.copyOf(primaryKey);
            foreignKeys = new TreeSet<>(foreignKeys);
            uniques = new TreeSet<>(uniques);
        }
    }

    /** Mutable builder used by the readers of each target. */
    public static final class Builder {
        private final String target;
        private final Map<String, TreeMap<String, ColumnShape>> columns = new TreeMap<>();
        private final Map<String, List<String>> primaryKeys = new TreeMap<>();
        private final Map<String, TreeSet<ForeignKeyShape>> foreignKeys = new TreeMap<>();
        private final Map<String, TreeSet<String>> uniques = new TreeMap<>();

        public Builder(String target) {
            this.target = target;
        }

        public Builder table(String table) {
            columns.computeIfAbsent(table, t -> new TreeMap<>());
            return this;
        }

        public Builder column(String table, String column, boolean nullable) {
            return column(table, column, nullable, null);
        }

        public Builder column(String table, String column, boolean nullable, String type) {
            table(table).columns.get(table).put(column, new ColumnShape(column, nullable, type));
            return this;
        }

        /** A unique key; order does not matter, and one equal to the primary key is dropped at build time. */
        public Builder unique(String table, List<String> columnNames) {
            table(table);
            uniques.computeIfAbsent(table, t -> new TreeSet<>()).add(String.join(", ", new TreeSet<>(columnNames)));
            return this;
        }

        public Builder primaryKey(String table, List<String> columnNames) {
            table(table);
            primaryKeys.put(table, List.copyOf(columnNames));
            return this;
        }

        public Builder foreignKey(String table, List<String> cols, String refTable, List<String> refCols, String onDelete) {
            table(table);
            foreignKeys.computeIfAbsent(table, t -> new TreeSet<>()).add(new ForeignKeyShape(cols, refTable, refCols, onDelete));
            return this;
        }

        public SchemaShape build() {
            TreeMap<String, TableShape> tables = new TreeMap<>();
            for (var e : columns.entrySet()) {
                String t = e.getKey();
                List<String> pk = primaryKeys.getOrDefault(t, List.of());
                TreeSet<String> keys = new TreeSet<>(uniques.getOrDefault(t, new TreeSet<>()));
                keys.remove(String.join(", ", new TreeSet<>(pk)));
                tables.put(t, new TableShape(t, e.getValue(), pk, foreignKeys.getOrDefault(t, new TreeSet<>()), keys));
            }
            return new SchemaShape(target, tables);
        }
    }

    /** Differences of {@code actual} from this (expected) shape, one readable line each; empty when they agree. */
    public List<String> differencesFrom(SchemaShape actual) {
        List<String> out = new ArrayList<>();
        Set<String> all = new TreeSet<>(tables.keySet());
        all.addAll(actual.tables.keySet());
        for (String t : all) {
            TableShape want = tables.get(t);
            TableShape got = actual.tables.get(t);
            if (got == null) {
                out.add("table " + t + ": missing in " + actual.target);
                continue;
            }
            if (want == null) {
                out.add("table " + t + ": in " + actual.target + " but not in " + target);
                continue;
            }
            Set<String> cols = new TreeSet<>(want.columns().keySet());
            cols.addAll(got.columns().keySet());
            for (String c : cols) {
                ColumnShape w = want.columns().get(c);
                ColumnShape g = got.columns().get(c);
                if (g == null) {
                    out.add("table " + t + ": column " + c + " missing in " + actual.target);
                } else if (w == null) {
                    out.add("table " + t + ": column " + c + " in " + actual.target + " but not in " + target);
                } else {
                    if (w.nullable() != g.nullable()) {
                        out.add("table " + t + ": column " + c + " is " + (w.nullable() ? "nullable" : "NOT NULL") + " in " + target
                                + " but " + (g.nullable() ? "nullable" : "NOT NULL") + " in " + actual.target);
                    }
                    if (w.type() != null && g.type() != null && !w.type().equals(g.type())) {
                        out.add("table " + t + ": column " + c + " is " + w.type() + " in " + target + " but " + g.type() + " in "
                                + actual.target);
                    }
                }
            }
            if (!want.primaryKey().equals(got.primaryKey())) {
                out.add("table " + t + ": primary key " + want.primaryKey() + " in " + target + " but " + got.primaryKey() + " in "
                        + actual.target);
            }
            if (!want.uniques().equals(got.uniques())) {
                out.add("table " + t + ": unique keys " + want.uniques() + " in " + target + " but " + got.uniques() + " in "
                        + actual.target);
            }
            for (ForeignKeyShape fk : want.foreignKeys()) {
                if (!got.foreignKeys().contains(fk)) {
                    out.add("table " + t + ": foreign key " + fk + " missing in " + actual.target + " (it has " + got.foreignKeys() + ")");
                }
            }
            for (ForeignKeyShape fk : got.foreignKeys()) {
                if (!want.foreignKeys().contains(fk)) {
                    out.add("table " + t + ": foreign key " + fk + " in " + actual.target + " but not in " + target);
                }
            }
        }
        return out;
    }
}
