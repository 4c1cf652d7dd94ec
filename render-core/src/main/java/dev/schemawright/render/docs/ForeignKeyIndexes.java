package dev.schemawright.render.docs;

import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.render.lint.SchemaLint;
import java.util.ArrayList;
import java.util.List;

/** Which foreign keys no index leads with (the documents report them instead of claiming every FK is indexed). */
final class ForeignKeyIndexes {
    private ForeignKeyIndexes() {
    }

    static List<String> unindexed(SchemaModel m) {
        List<String> out = new ArrayList<>();
        for (Table t : m.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (!SchemaLint.covered(t, fk)) {
                    out.add(t.name() + "(" + String.join(", ", fk.columns()) + ")");
                }
            }
        }
        return out;
    }
}
