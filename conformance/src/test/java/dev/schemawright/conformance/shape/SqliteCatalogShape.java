package dev.schemawright.conformance.shape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a shape from SQLite's catalog as sqlmodel_check.py reports it (PRAGMA table_info / foreign_key_list of the
 * tables SQLModel created). SQLite reports INTEGER PRIMARY KEY columns as nullable, so key columns count as NOT NULL.
 */
public final class SqliteCatalogShape {
    private SqliteCatalogShape() {
    }

    public static SchemaShape of(String target, JsonNode tables) {
        SchemaShape.Builder b = new SchemaShape.Builder(target);
        tables.fields().forEachRemaining(e -> {
            String table = e.getKey();
            JsonNode t = e.getValue();
            b.table(table);
            Map<Integer, String> pk = new TreeMap<>();
            for (JsonNode c : t.path("columns")) {
                int pkPos = c.path("pk").asInt();
                b.column(table, c.path("name").asText(), !c.path("notnull").asBoolean() && pkPos == 0);
                if (pkPos > 0) {
                    pk.put(pkPos, c.path("name").asText());
                }
            }
            b.primaryKey(table, new ArrayList<>(pk.values()));
            for (JsonNode ix : t.path("indexes")) {
                List<String> cols = strings(ix.path("columns"));
                if (ix.path("unique").asBoolean() && !ix.path("partial").asBoolean() && !cols.contains("")) {
                    b.unique(table, cols);  // expression columns come back as "" and are not keys of columns
                }
            }
            for (JsonNode fk : t.path("foreign_keys")) {
                b.foreignKey(table, strings(fk.path("from")), fk.path("table").asText(), strings(fk.path("to")),
                        ModelShape.normalizeAction(fk.path("on_delete").asText()));
            }
        });
        return b.build();
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isNull() ? "" : n.asText()));
        return out;
    }
}
