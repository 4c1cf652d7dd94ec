package dev.schemawright.render.sql;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Primary-key columns are NOT NULL in every target: PostgreSQL enforces it silently, Prisma rejects an optional @@id
 * field and SQLite would even accept NULL keys. Every renderer reads the model through this, so all of them agree even
 * when a model marks a key column nullable. Returns the same instance when nothing needs changing.
 */
public final class KeyColumnsRequired {
    private KeyColumnsRequired() {
    }

    public static SchemaModel apply(SchemaModel model) {
        List<Table> tables = new ArrayList<>(model.tables().size());
        boolean changed = false;
        for (Table t : model.tables()) {
            List<Column> cols = new ArrayList<>(t.columns().size());
            boolean tableChanged = false;
            for (Column c : t.columns()) {
                if (c.nullable() && t.primaryKey().contains(c.name())) {
                    cols.add(c.withNullable(false));
                    tableChanged = true;
                } else {
                    cols.add(c);
                }
            }
            tables.add(tableChanged ? t.withColumns(cols) : t);
            changed |= tableChanged;
        }
        return changed ? model.withTables(tables) : model;
    }
}
