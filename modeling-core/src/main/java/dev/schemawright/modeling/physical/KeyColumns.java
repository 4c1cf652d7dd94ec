package dev.schemawright.modeling.physical;

import dev.schemawright.contracts.model.Column;
import java.util.List;

/** Column order convention: the key first, then foreign keys, then attributes, then timestamps. */
final class KeyColumns {
    private KeyColumns() {
    }

    /** Inserts a key column after the leading id and *_id columns. */
    static void insert(List<Column> columns, Column column) {
        int at = 0;
        while (at < columns.size() && (columns.get(at).name().equals("id") || columns.get(at).name().endsWith("_id"))) {
            at++;
        }
        columns.add(at, column);
    }
}
