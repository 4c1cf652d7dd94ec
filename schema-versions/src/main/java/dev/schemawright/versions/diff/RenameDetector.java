package dev.schemawright.versions.diff;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Proposes renames, only with evidence: an element that is gone and one that is new pair up when they have the same
 * columns (tables), the same values (enums) or the same requirement ids (enums; tables that also share half their
 * columns; columns of the same type whose foreign keys, if any, point to the same table), and neither has another
 * candidate. Anything less stays a drop and an add. Every rename is flagged in the change list for review.
 */
public final class RenameDetector {
    private RenameDetector() {
    }

    public static Renames detect(SchemaModel old, SchemaModel neu) {
        List<Renames.EnumRename> enums = new ArrayList<>();
        pair(old.enums().stream().filter(e -> neu.enumType(e.name()).isEmpty()).toList(),
                neu.enums().stream().filter(e -> old.enumType(e.name()).isEmpty()).toList(),
                (a, b) -> a.values().equals(b.values()) ? Optional.of("same values " + String.join(", ", a.values()))
                        : sameSources(a.sources(), b.sources()))
                .forEach((a, p) -> enums.add(new Renames.EnumRename(a.name(), p.to().name(), p.evidence())));
        Renames enumsOnly = new Renames(List.of(), List.of(), enums);

        List<Renames.TableRename> tables = new ArrayList<>();
        pair(old.tables().stream().filter(t -> neu.table(t.name()).isEmpty()).toList(),
                neu.tables().stream().filter(t -> old.table(t.name()).isEmpty()).toList(),
                (a, b) -> sameColumns(a, b, enumsOnly).or(() -> halfTheColumns(a, b) ? sameSources(a.sources(), b.sources()) : Optional.empty()))
                .forEach((a, p) -> tables.add(new Renames.TableRename(a.name(), p.to().name(), p.evidence())));
        Renames withTables = new Renames(tables, List.of(), enums);

        List<Renames.ColumnRename> columns = new ArrayList<>();
        for (Table b : neu.tables()) {
            Table a = old.table(withTables.tableFrom(b.name())).orElse(null);
            if (a == null) {
                continue;
            }
            List<Column> goneColumns = a.columns().stream().filter(c -> !b.hasColumn(c.name())).toList();
            List<Column> newColumns = b.columns().stream().filter(c -> !a.hasColumn(c.name())).toList();
            pair(goneColumns, newColumns, (x, y) -> type(x.type(), enumsOnly).equals(y.type())
                    && Objects.equals(reference(a, x, withTables), reference(b, y, Renames.none())) ? sameSources(x.sources(), y.sources()) : Optional.empty())
                    .forEach((x, p) -> columns.add(new Renames.ColumnRename(b.name(), x.name(), p.to().name(), p.evidence())));
        }
        return new Renames(tables, columns, enums);
    }

    private record Pair<T>(T to, String evidence) {
    }

    /** Old -> new where each has exactly one candidate on the other side (in old order, so the result is deterministic). */
    private static <T> Map<T, Pair<T>> pair(List<T> gone, List<T> added, BiFunction<T, T, Optional<String>> evidence) {
        Map<T, Pair<T>> out = new LinkedHashMap<>();
        for (T a : gone) {
            List<Pair<T>> candidates = new ArrayList<>();
            for (T b : added) {
                evidence.apply(a, b).ifPresent(e -> candidates.add(new Pair<>(b, e)));
            }
            if (candidates.size() != 1) {
                continue;
            }
            T b = candidates.get(0).to();
            long rivals = gone.stream().filter(x -> evidence.apply(x, b).isPresent()).count();
            if (rivals == 1) {
                out.put(a, candidates.get(0));
            }
        }
        return out;
    }

    private static Optional<String> sameSources(List<String> a, List<String> b) {
        return !a.isEmpty() && new HashSet<>(a).equals(new HashSet<>(b)) ? Optional.of("same requirements " + String.join(", ", a)) : Optional.empty();
    }

    /** The same column names with the same types (enum renames applied), and at least one column. */
    private static Optional<String> sameColumns(Table a, Table b, Renames enums) {
        Set<String> left = new HashSet<>();
        a.columns().forEach(c -> left.add(c.name() + "\u0000" + type(c.type(), enums)));
        Set<String> right = new HashSet<>();
        b.columns().forEach(c -> right.add(c.name() + "\u0000" + c.type()));
        return !left.isEmpty() && left.equals(right)
                ? Optional.of("same columns " + String.join(", ", a.columns().stream().map(Column::name).toList())) : Optional.empty();
    }

    /** At least half of each table's column names are the other's too (two things from one sentence rarely are). */
    private static boolean halfTheColumns(Table a, Table b) {
        long shared = a.columns().stream().filter(c -> b.hasColumn(c.name())).count();
        return shared * 2 >= a.columns().size() && shared * 2 >= b.columns().size();
    }

    /** The table a column's foreign key points to (new names), or null: a renamed key column still points where it did. */
    private static String reference(Table t, Column c, Renames tables) {
        return t.foreignKeys().stream().filter(fk -> fk.columns().contains(c.name())).findFirst()
                .map(fk -> fk.external() ? fk.refSchema() + "." + fk.refTable() : tables.tableTo(fk.refTable())).orElse(null);
    }

    private static ColumnType type(ColumnType t, Renames enums) {
        return t.enumName() == null ? t : new ColumnType(t.kind(), t.length(), t.precision(), t.scale(), enums.enumTo(t.enumName()), t.array());
    }
}
