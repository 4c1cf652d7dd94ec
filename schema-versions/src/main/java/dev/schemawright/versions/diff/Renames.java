package dev.schemawright.versions.diff;

import dev.schemawright.contracts.Lists;
import java.util.List;
import java.util.Optional;

/**
 * The renames a diff proposes, each with its evidence (a rename is never guessed from a name alone: the two tables
 * have the same columns, the two columns or enums come from the same requirement, or the two enums have the same
 * values). Names are model names; a column rename names its table as the new model calls it.
 */
public record Renames(List<TableRename> tables, List<ColumnRename> columns, List<EnumRename> enums) {
    public record TableRename(String from, String to, String evidence) {
    }

    /** {@code table} is the table's name in the new model. */
    public record ColumnRename(String table, String from, String to, String evidence) {
    }

    public record EnumRename(String from, String to, String evidence) {
    }

    public Renames {
        tables = Lists.copy(tables);
        columns = Lists.copy(columns);
        enums = Lists.copy(enums);
    }

    public static Renames none() {
        return new Renames(List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return tables.isEmpty() && columns.isEmpty() && enums.isEmpty();
    }

    /** The new name of an old table (itself when not renamed). */
    public String tableTo(String oldName) {
        return tables.stream().filter(r -> r.from().equals(oldName)).map(TableRename::to).findFirst().orElse(oldName);
    }

    /** The old name of a new table (itself when not renamed). */
    public String tableFrom(String newName) {
        return tables.stream().filter(r -> r.to().equals(newName)).map(TableRename::from).findFirst().orElse(newName);
    }

    /** The new name of a column of the table the new model calls {@code newTable}. */
    public String columnTo(String newTable, String oldColumn) {
        return columns.stream().filter(r -> r.table().equals(newTable) && r.from().equals(oldColumn)).map(ColumnRename::to).findFirst()
                .orElse(oldColumn);
    }

    /** The old name of a column of the table the new model calls {@code newTable}. */
    public String columnFrom(String newTable, String newColumn) {
        return columns.stream().filter(r -> r.table().equals(newTable) && r.to().equals(newColumn)).map(ColumnRename::from).findFirst()
                .orElse(newColumn);
    }

    /** The old name of a new enum (itself when not renamed). */
    public String enumFrom(String newName) {
        return enums.stream().filter(r -> r.to().equals(newName)).map(EnumRename::from).findFirst().orElse(newName);
    }

    public String enumTo(String oldName) {
        return enums.stream().filter(r -> r.from().equals(oldName)).map(EnumRename::to).findFirst().orElse(oldName);
    }

    public Optional<TableRename> table(String newName) {
        return tables.stream().filter(r -> r.to().equals(newName)).findFirst();
    }
}
