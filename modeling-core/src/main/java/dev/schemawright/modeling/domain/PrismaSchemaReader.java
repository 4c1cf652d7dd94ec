package dev.schemawright.modeling.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Prisma models: scalar fields become columns with their type, optionality, {@code @unique}, {@code @default} and
 * {@code @db.*} length as hints the attribute pass understands; a relation field with {@code @relation(fields: [x])}
 * becomes a reference from column x; enum blocks give the allowed values of the fields typed with them.
 */
final class PrismaSchemaReader {
    private static final Pattern BLOCK = Pattern.compile("(?m)^\\s*(model|enum)\\s+([A-Za-z_]\\w*)\\s*\\{([^}]*)}");
    private static final Pattern FIELD = Pattern.compile("^\\s*([A-Za-z_]\\w*)\\s+([A-Za-z_]\\w*)(\\[])?(\\?)?\\s*(.*)$");
    private static final Pattern RELATION_FIELDS = Pattern.compile("@relation\\([^)]*fields:\\s*\\[\\s*([A-Za-z_]\\w*)");
    private static final Pattern MAP = Pattern.compile("@map\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern DB_TYPE = Pattern.compile("@db\\.(\\w+(?:\\(\\s*\\d+(?:\\s*,\\s*\\d+)?\\s*\\))?)");
    private static final Pattern DEFAULT = Pattern.compile("@default\\(\\s*\"?([\\w.-]+)\"?\\s*\\)");
    private static final Map<String, String> SCALARS = Map.of("string", "text", "int", "integer", "bigint", "bigint", "float", "double",
            "decimal", "numeric", "boolean", "boolean", "datetime", "timestamptz", "json", "jsonb", "bytes", "bytea");

    private PrismaSchemaReader() {
    }

    static boolean draws(String text) {
        return BLOCK.matcher(text).find() && text.contains("model ");
    }

    static void read(String text, String source, Sketch sketch) {
        Map<String, List<String>> enums = new LinkedHashMap<>();
        Map<String, String> models = new LinkedHashMap<>();
        Matcher b = BLOCK.matcher(text);
        while (b.find()) {
            if (b.group(1).equals("enum")) {
                List<String> values = new ArrayList<>();
                for (String v : b.group(3).strip().split("\\s+")) {
                    if (v.matches("[A-Za-z_]\\w*")) {
                        values.add(v);
                    }
                }
                enums.put(b.group(2), values);
            } else {
                models.put(b.group(2), b.group(3));
            }
        }
        for (Map.Entry<String, String> model : models.entrySet()) {
            String table = EntityNames.of(model.getKey());
            if (table.isEmpty()) {
                continue;
            }
            sketch.entity(table, source);
            for (String line : model.getValue().split("\n")) {
                Matcher f = FIELD.matcher(line.replaceAll("//.*$", ""));
                if (!f.matches() || line.strip().startsWith("@@")) {
                    continue;
                }
                String type = f.group(2);
                String attributes = f.group(5);
                if (models.containsKey(type)) {
                    Matcher rel = RELATION_FIELDS.matcher(attributes);
                    if (rel.find()) {
                        String column = EntityNames.column(columnOf(model.getValue(), rel.group(1)));
                        sketch.references.add(new Sketch.Reference(table, column, EntityNames.of(type), source));
                        Matcher onDelete = ON_DELETE.matcher(attributes);
                        if (onDelete.find()) {
                            sketch.field(table, column, "on delete " + onDelete.group(1).replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT), source);
                        }
                    }
                    continue; // a relation field is navigation, not a column
                }
                Matcher map = MAP.matcher(attributes);
                String column = EntityNames.column(map.find() ? map.group(1) : f.group(1));
                sketch.field(table, column, hint(type, f.group(3) != null, f.group(4) != null, attributes, enums), source);
            }
        }
    }

    private static final Pattern ON_DELETE = Pattern.compile("onDelete:\\s*(Cascade|SetNull|Restrict|NoAction)");

    /** The database column of a scalar field: its {@code @map} name, else the field name. */
    private static String columnOf(String body, String field) {
        for (String line : body.split("\n")) {
            Matcher f = FIELD.matcher(line);
            if (f.matches() && f.group(1).equals(field)) {
                Matcher map = MAP.matcher(f.group(5));
                return map.find() ? map.group(1) : field;
            }
        }
        return field;
    }

    private static String hint(String type, boolean list, boolean optional, String attributes, Map<String, List<String>> enums) {
        StringBuilder h = new StringBuilder();
        Matcher db = DB_TYPE.matcher(attributes);
        String scalar = SCALARS.get(type.toLowerCase(Locale.ROOT));
        if (db.find()) {
            h.append(db.group(1).toLowerCase(Locale.ROOT));
        } else if (scalar != null) {
            h.append(scalar);
        }
        if (list) {
            h.append("[]");
        }
        if (enums.containsKey(type)) {
            h.append("enum: ").append(String.join(", ", enums.get(type)));
        }
        h.append(optional ? " optional" : " required");
        if (attributes.contains("@id")) {
            h.append(" primary key");
        }
        if (attributes.contains("@unique")) {
            h.append(" unique");
        }
        Matcher d = DEFAULT.matcher(attributes);
        if (d.find()) {
            h.append(" default ").append(d.group(1));
        }
        return h.toString();
    }
}
