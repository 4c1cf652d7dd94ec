package dev.schemawright.conformance.shape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the shape of a schema.prisma from the DMMF that Prisma's own engine returns (prisma-validate.mjs --dmmf). */
public final class PrismaShape {
    private PrismaShape() {
    }

    public static SchemaShape of(JsonNode verdict) {
        SchemaShape.Builder b = new SchemaShape.Builder("schema.prisma");
        Map<String, String> tableOfModel = new HashMap<>();
        Map<String, Map<String, String>> columnOfField = new HashMap<>();
        for (JsonNode m : verdict.path("models")) {
            String model = m.path("name").asText();
            // a model of another schema (auth.users) is an external table: named by its schema, not a table of the model
            String schema = m.path("schema").isTextual() ? m.path("schema").asText() : "public";
            tableOfModel.put(model, schema.equals("public") ? dbName(m) : schema + "." + dbName(m));
            Map<String, String> cols = new HashMap<>();
            for (JsonNode f : m.path("fields")) {
                cols.put(f.path("name").asText(), dbName(f));
            }
            columnOfField.put(model, cols);
        }
        for (JsonNode m : verdict.path("models")) {
            String model = m.path("name").asText();
            String table = tableOfModel.get(model);
            Map<String, String> cols = columnOfField.get(model);
            if (table.contains(".")) {
                continue;
            }
            b.table(table);
            for (JsonNode f : m.path("fields")) {
                String kind = f.path("kind").asText();
                if (kind.equals("scalar") || kind.equals("enum") || kind.equals("unsupported")) {
                    // scalar lists cannot be NULL in Prisma (empty list instead); nullability is only meaningful for the rest
                    b.column(table, cols.get(f.path("name").asText()), !f.path("isRequired").asBoolean(),
                            TypeFamily.ofPrisma(kind, f.path("type").asText(), text(f.path("nativeType")), text(f.path("unsupported")),
                                    f.path("isList").asBoolean()));
                } else if (kind.equals("object") && f.path("relationFromFields").size() > 0) {
                    String target = f.path("type").asText();
                    List<String> from = fields(f.path("relationFromFields"), cols);
                    List<String> to = fields(f.path("relationToFields"), columnOfField.getOrDefault(target, Map.of()));
                    JsonNode onDelete = f.path("relationOnDelete");
                    String action = onDelete.isTextual() ? ModelShape.normalizeAction(onDelete.asText())
                            // Prisma's documented defaults when the schema states none
                            : (f.path("isRequired").asBoolean() ? "RESTRICT" : "SET_NULL");
                    b.foreignKey(table, from, tableOfModel.getOrDefault(target, target), to, action);
                }
            }
            b.primaryKey(table, fields(m.path("primaryKey"), cols));
            for (JsonNode u : m.path("uniques")) {
                b.unique(table, fields(u, cols));
            }
        }
        return b.build();
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static String dbName(JsonNode node) {
        JsonNode db = node.path("dbName");
        return db.isTextual() ? db.asText() : node.path("name").asText();
    }

    private static List<String> fields(JsonNode names, Map<String, String> columnOfField) {
        List<String> out = new ArrayList<>();
        names.forEach(n -> out.add(columnOfField.getOrDefault(n.asText(), n.asText())));
        return out;
    }
}
