package dev.schemawright.modeling.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Mermaid {@code erDiagram}: entity blocks ({@code DECK { uuid id PK  string name "max 100" }}) become tables and
 * columns, relationship lines ({@code USER ||--o{ DECK : owns}) become references: the "many" side gets the key of the
 * "one" side, many on both sides becomes a join table, one on both sides puts the key on the optional (or right) side.
 */
final class MermaidErReader {
    private static final String NAME = "\"?([A-Za-z_][\\w-]*)\"?";
    private static final Pattern RELATION = Pattern.compile("^\\s*" + NAME + "\\s+([|}o]{1,2})(?:--|\\.\\.)([|{o]{1,2})\\s+" + NAME + "\\s*(?::.*)?$");
    private static final Pattern BLOCK_START = Pattern.compile("^\\s*" + NAME + "\\s*(?:\\[[^]]*])?\\s*\\{\\s*$");
    private static final Pattern ATTRIBUTE = Pattern.compile("^\\s*([A-Za-z][\\w()\\[\\],]*)\\s+([A-Za-z_][\\w]*)\\s*((?:PK|FK|UK)(?:\\s*,\\s*(?:PK|FK|UK))*)?\\s*(?:\"([^\"]*)\")?\\s*$");

    private MermaidErReader() {
    }

    static boolean draws(String text) {
        return text.stripLeading().startsWith("erDiagram");
    }

    static void read(String text, String source, Sketch sketch) {
        String[] lines = text.split("\n", -1);
        Map<String, String> fkColumns = new LinkedHashMap<>();
        String current = null;
        for (String line : lines) {
            if (current != null) {
                if (line.strip().equals("}")) {
                    current = null;
                    continue;
                }
                Matcher a = ATTRIBUTE.matcher(line);
                if (a.matches()) {
                    String column = EntityNames.column(a.group(2));
                    String keys = a.group(3) == null ? "" : a.group(3).toUpperCase(Locale.ROOT);
                    StringBuilder hint = new StringBuilder(a.group(1));
                    if (keys.contains("PK")) {
                        hint.append(" primary key");
                    }
                    if (keys.contains("UK")) {
                        hint.append(" unique");
                    }
                    if (a.group(4) != null) {
                        // a comment that lists values ("booked, cancelled") is the column's value list, not more of its type
                        hint.append(a.group(4).matches(".*[,/|].*") ? "; values: " : " ").append(a.group(4));
                    }
                    sketch.field(current, column, hint.toString(), source);
                    if (keys.contains("FK") && column.endsWith("_id")) {
                        fkColumns.put(current + "." + column, EntityNames.of(column.substring(0, column.length() - 3)));
                    }
                }
                continue;
            }
            Matcher b = BLOCK_START.matcher(line);
            if (b.matches()) {
                current = EntityNames.of(b.group(1));
                sketch.entity(current, source);
            }
        }
        for (String line : lines) {
            Matcher r = RELATION.matcher(line);
            if (!r.matches()) {
                continue;
            }
            String left = EntityNames.of(r.group(1));
            String right = EntityNames.of(r.group(4));
            sketch.entity(left, source);
            sketch.entity(right, source);
            boolean leftMany = r.group(2).contains("}");
            boolean rightMany = r.group(3).contains("{");
            if (leftMany && rightMany) {
                String join = left + "_" + right;
                sketch.entity(join, source).join = true;
                reference(sketch, join, left, fkColumns, source);
                reference(sketch, join, right, fkColumns, source);
            } else if (rightMany) {
                reference(sketch, right, left, fkColumns, source);
            } else if (leftMany) {
                reference(sketch, left, right, fkColumns, source);
            } else if (r.group(2).contains("o") && !r.group(3).contains("o")) {
                reference(sketch, left, right, fkColumns, source);
            } else {
                reference(sketch, right, left, fkColumns, source);
            }
        }
        // FK columns no relationship line explains still refer to the table they name
        for (Map.Entry<String, String> fk : fkColumns.entrySet()) {
            String table = fk.getKey().substring(0, fk.getKey().indexOf('.'));
            String column = fk.getKey().substring(fk.getKey().indexOf('.') + 1);
            if (sketch.references.stream().noneMatch(x -> x.entity().equals(table) && x.column().equals(column))) {
                sketch.references.add(new Sketch.Reference(table, column, fk.getValue(), source));
            }
        }
    }

    /** child gets a key to parent: the FK column the diagram declared for it, else {@code <parent>_id}. */
    private static void reference(Sketch sketch, String child, String parent, Map<String, String> fkColumns, String source) {
        String column = parent + "_id";
        for (Map.Entry<String, String> fk : fkColumns.entrySet()) {
            if (fk.getKey().startsWith(child + ".") && fk.getValue().equals(parent)) {
                column = fk.getKey().substring(child.length() + 1);
            }
        }
        String c = column;
        if (sketch.references.stream().noneMatch(x -> x.entity().equals(child) && x.column().equals(c))) {
            sketch.references.add(new Sketch.Reference(child, column, parent, source));
        }
    }
}
