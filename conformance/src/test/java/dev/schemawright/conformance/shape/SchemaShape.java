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
 * nullability, primary keys, and foreign keys with their ON DELETE action. Each target's shape is read back from what
 * the real tool built (catalogs, PRAGMAs, Prisma's DMMF, SQLModel's tables), then compared with the model's.
 */
public record SchemaShape(String target, SortedMap<String, TableShape> tables) {
    public SchemaShape {
        Objects.requireNonNull(target, "target");
        tables = new TreeMap<>(tables);
    }

    public record ColumnShape(String name, boolean nullable) {
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

    public record TableShape(String name, SortedMap<String, ColumnShape> columns, List<String> primaryKey,
                             SortedSet<ForeignKeyShape> foreignKeys) {
        public TableShape {
            columns = new TreeMap<>(columns);
            primaryKey = List.copyOf(primaryKey);
            foreignKeys = new TreeSet<>(foreignKeys);
        }
    }

    /** Mutable builder used by the readers of each target. */
    public static final class Builder {
        private final String target;
        private final Map<String, TreeMap<String, ColumnShape>> columns = new TreeMap<>();
        private final Map<String, List<String>> primaryKeys = new TreeMap<>();
        private final Map<String, TreeSet<ForeignKeyShape>> foreignKeys = new TreeMap<>();

        public Builder(String target) {
            this.target = target;
        }

        public Builder table(String table) {
            columns.computeIfAbsent(table, t -> new TreeMap<>());
            return this;
        }

        public Builder column(String table, String column, boolean nullable) {
            table(table).columns.get(table).put(column, new ColumnShape(column, nullable));
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
                tables.put(t, new TableShape(t, e.getValue(), primaryKeys.getOrDefault(t, List.of()),
                        foreignKeys.getOrDefault(t, new TreeSet<>())));
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
                } else if (w.nullable() != g.nullable()) {
                    out.add("table " + t + ": column " + c + " is " + (w.nullable() ? "nullable" : "NOT NULL") + " in " + target
                            + " but " + (g.nullable() ? "nullable" : "NOT NULL") + " in " + actual.target);
                }
            }
            if (!want.primaryKey().equals(got.primaryKey())) {
                out.add("table " + t + ": primary key " + want.primaryKey() + " in " + target + " but " + got.primaryKey() + " in "
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
