package dev.schemawright.render.sql;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tables that live outside the model (Supabase's auth.users) but that a SQLite database must hold itself, because
 * SQLite has no other schemas: each becomes a local table named after the external one (auth.users -> users, or
 * auth_users when the model already has a users table) with just the referenced key columns.
 */
public final class ExternalTables {
    /** One local stand-in: its local name, the external schema and table, and the key columns with their types. */
    public record LocalTable(String name, String schema, String table, List<Column> keyColumns) {
    }

    private final Map<String, LocalTable> byExternal;

    private ExternalTables(Map<String, LocalTable> byExternal) {
        this.byExternal = byExternal;
    }

    public static ExternalTables of(SchemaModel model) {
        Set<String> taken = new TreeSet<>();
        model.tables().forEach(t -> taken.add(t.name()));
        Map<String, LocalTable> byExternal = new LinkedHashMap<>();
        for (Table t : model.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (!fk.external()) {
                    continue;
                }
                String key = externalKey(fk);
                LocalTable existing = byExternal.get(key);
                List<Column> cols = new ArrayList<>(existing == null ? List.of() : existing.keyColumns());
                for (int i = 0; i < fk.refColumns().size(); i++) {
                    String refCol = fk.refColumns().get(i);
                    if (cols.stream().noneMatch(c -> c.name().equals(refCol))) {
                        ColumnType type = t.column(fk.columns().get(i)).map(Column::type)
                                .orElseThrow(() -> new IllegalStateException("unsupported foreign key column " + fk.columns() + " in " + t.name()));
                        cols.add(Column.of(refCol, type, false));
                    }
                }
                String name = existing != null ? existing.name() : fk.refTable();
                if (existing == null) {
                    if (taken.contains(name)) {
                        name = fk.refSchema() + "_" + fk.refTable();
                    }
                    for (int n = 2; taken.contains(name); n++) {
                        name = fk.refSchema() + "_" + fk.refTable() + "_" + n;
                    }
                    taken.add(name);
                }
                byExternal.put(key, new LocalTable(name, fk.refSchema(), fk.refTable(), List.copyOf(cols)));
            }
        }
        return new ExternalTables(byExternal);
    }

    private static String externalKey(ForeignKey fk) {
        return fk.refSchema() + "\u0000" + fk.refTable();
    }

    public List<LocalTable> tables() {
        return List.copyOf(byExternal.values());
    }

    /** The local table an external foreign key points to. */
    public LocalTable target(ForeignKey fk) {
        LocalTable t = byExternal.get(externalKey(fk));
        if (t == null) {
            throw new IllegalStateException("unsupported external reference " + fk.refSchema() + "." + fk.refTable());
        }
        return t;
    }

    /**
     * The model as an ORM sees it: each stand-in a table of its key columns (first, so it exists before the tables
     * that point at it) and every external foreign key pointing at its stand-in, so relations reach the users too.
     */
    public SchemaModel inline(SchemaModel model) {
        if (byExternal.isEmpty()) {
            return model;
        }
        List<Table> tables = new ArrayList<>();
        for (LocalTable lt : byExternal.values()) {
            tables.add(Table.of(lt.name(), TableKind.ENTITY, lt.keyColumns(), lt.keyColumns().stream().map(Column::name).toList())
                    .withDescription("Stand-in for " + lt.schema() + "." + lt.table() + ": only its key, so that rows can reach their user."));
        }
        for (Table t : model.tables()) {
            tables.add(t.withForeignKeys(t.foreignKeys().stream().map(fk -> fk.external()
                    ? new ForeignKey(fk.name(), fk.columns(), null, target(fk).name(), fk.refColumns(), fk.onDelete(), fk.rationale(), fk.sources())
                    : fk).toList()));
        }
        return model.withTables(tables);
    }

    /** The stand-in a table of {@link #inline} is, if it is one. */
    public java.util.Optional<LocalTable> standIn(String tableName) {
        return byExternal.values().stream().filter(lt -> lt.name().equals(tableName)).findFirst();
    }

    public boolean isEmpty() {
        return byExternal.isEmpty();
    }
}
