package dev.schemawright.render.docs;

import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which foreign keys no index leads with (the documents report them instead of claiming every FK is indexed). */
final class ForeignKeyIndexes {
    private ForeignKeyIndexes() {
    }

    static List<String> unindexed(SchemaModel m) {
        List<String> out = new ArrayList<>();
        for (Table t : m.tables()) {
            List<List<String>> leads = new ArrayList<>();
            leads.add(t.primaryKey());
            t.uniques().stream().map(UniqueConstraint::columns).forEach(leads::add);
            t.indexes().stream().filter(ix -> !ix.partial()).map(Index::columnNames).forEach(leads::add);
            for (ForeignKey fk : t.foreignKeys()) {
                Set<String> cols = new HashSet<>(fk.columns());
                boolean covered = leads.stream().anyMatch(l -> l.size() >= cols.size() && new HashSet<>(l.subList(0, cols.size())).equals(cols));
                if (!covered) {
                    out.add(t.name() + "(" + String.join(", ", fk.columns()) + ")");
                }
            }
        }
        return out;
    }
}
