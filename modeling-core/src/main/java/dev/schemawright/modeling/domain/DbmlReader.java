package dev.schemawright.modeling.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads DBML, the dbdiagram.io format plans are often drawn in: {@code Table decks { id uuid [pk]  title varchar(120)
 * [not null]  user_id uuid [ref: > users.id] }}, {@code Enum status { draft published }}, {@code Ref: cards.deck_id > decks.id
 * [delete: cascade]}. Column settings become hints the attribute pass understands (pk, not null, unique, default, note);
 * inline and standalone refs become references, their {@code delete:} action an ON DELETE hint; {@code <>} is many-to-many.
 */
final class DbmlReader {
    private static final Pattern TABLE = Pattern.compile("(?m)^\\s*Table\\s+\"?(?:\\w+\\.)?\"?(\\w+)\"?(?:\\s+as\\s+\\w+)?\\s*(?:\\[[^\\]]*])?\\s*\\{");
    private static final Pattern ENUM = Pattern.compile("(?m)^\\s*Enum\\s+\"?(?:\\w+\\.)?\"?(\\w+)\"?\\s*\\{([^}]*)}");
    private static final Pattern COLUMN = Pattern.compile("^\\s*\"?(\\w+)\"?\\s+\"?([\\w.]+(?:\\([^)]*\\))?(?:\\[])?)\"?\\s*(?:\\[(.*)])?\\s*$");
    private static final Pattern INLINE_REF = Pattern.compile("ref:\\s*([<>\\-]|<>)\\s*\"?(?:\\w+\\.)?\"?(\\w+)\"?\\.\"?(\\w+)\"?");
    private static final Pattern REF = Pattern.compile("(?m)^\\s*Ref(?:\\s+\\w+)?\\s*:\\s*\"?(?:\\w+\\.)?\"?(\\w+)\"?\\.\"?(\\w+)\"?\\s*(<>|[<>\\-])\\s*"
            + "\"?(?:\\w+\\.)?\"?(\\w+)\"?\\.\"?(\\w+)\"?\\s*(?:\\[([^\\]]*)])?");
    private static final Pattern DELETE = Pattern.compile("delete:\\s*(cascade|set null|restrict|no action|set default)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFAULT = Pattern.compile("default:\\s*(`[^`]*`|'[^']*'|[\\w.-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTE = Pattern.compile("note:\\s*'([^']*)'", Pattern.CASE_INSENSITIVE);

    private DbmlReader() {
    }

    static boolean draws(String text) {
        return TABLE.matcher(text).find();
    }

    static void read(String text, String source, Sketch sketch) {
        Map<String, List<String>> enums = new LinkedHashMap<>();
        Matcher e = ENUM.matcher(text);
        while (e.find()) {
            List<String> values = new ArrayList<>();
            for (String line : e.group(2).split("\n")) {
                String v = line.replaceAll("\\[.*]", "").replace("\"", "").strip();
                if (v.matches("[\\w-]+")) {
                    values.add(v);
                }
            }
            enums.put(e.group(1), values);
        }
        Matcher t = TABLE.matcher(text);
        while (t.find()) {
            String table = EntityNames.of(t.group(1));
            int end = ExplicitSchemaReader.closing(text, t.end(), '{', '}'); // an Indexes { } block inside does not end the table
            if (table.isEmpty() || end < 0) {
                continue;
            }
            sketch.entity(table, source);
            int nested = 0;
            for (String line : text.substring(t.end(), end).split("\n")) {
                String l = line.replaceAll("//.*$", "");
                int before = nested;
                nested += (int) l.chars().filter(ch -> ch == '{').count() - (int) l.chars().filter(ch -> ch == '}').count();
                if (before > 0 || nested > 0) {
                    continue; // Indexes { ... } and Note { ... } blocks
                }
                if (l.strip().toLowerCase(Locale.ROOT).startsWith("indexes") || l.strip().toLowerCase(Locale.ROOT).startsWith("note")) {
                    continue;
                }
                Matcher c = COLUMN.matcher(l);
                if (!c.matches()) {
                    continue;
                }
                String column = EntityNames.column(c.group(1));
                String settings = c.group(3) == null ? "" : c.group(3);
                sketch.field(table, column, hint(c.group(2), settings, enums), source);
                Matcher ref = INLINE_REF.matcher(settings);
                if (ref.find()) {
                    relate(sketch, table, column, ref.group(1), EntityNames.of(ref.group(2)), ref.group(3), settings, source);
                }
            }
        }
        Matcher r = REF.matcher(text);
        while (r.find()) {
            // Ref: a.x > b.y — many a rows point at one b row; "<" the other way; "-" one-to-one, "<>" many-to-many
            String left = EntityNames.of(r.group(1));
            String right = EntityNames.of(r.group(4));
            String settings = r.group(6) == null ? "" : r.group(6);
            String op = r.group(3);
            if (op.equals("<")) {
                relate(sketch, right, EntityNames.column(r.group(5)), ">", left, r.group(2), settings, source);
            } else {
                relate(sketch, left, EntityNames.column(r.group(2)), op, right, r.group(5), settings, source);
            }
        }
    }

    private static void relate(Sketch sketch, String table, String column, String op, String target, String targetColumn, String settings,
                               String source) {
        if (op.equals("<>")) {
            String join = table + "_" + target;
            sketch.entity(join, source).join = true;
            sketch.references.add(new Sketch.Reference(join, table + "_id", table, source));
            sketch.references.add(new Sketch.Reference(join, target + "_id", target, source));
            return;
        }
        if (op.equals("<")) {
            // a.x < b.y on a column line: one a row to many b rows, b holds the key
            sketch.references.add(new Sketch.Reference(target, EntityNames.column(targetColumn), table, source));
            return;
        }
        sketch.references.add(new Sketch.Reference(table, column, target, source));
        Matcher d = DELETE.matcher(settings);
        if (d.find()) {
            sketch.field(table, column, "on delete " + d.group(1).toLowerCase(Locale.ROOT), source);
        }
    }

    private static String hint(String type, String settings, Map<String, List<String>> enums) {
        StringBuilder h = new StringBuilder();
        String base = type.replaceAll("\\[]$", "");
        if (enums.containsKey(base)) {
            h.append("enum: ").append(String.join(", ", enums.get(base)));
        } else {
            h.append(type.toLowerCase(Locale.ROOT));
        }
        String s = settings.toLowerCase(Locale.ROOT);
        if (s.matches(".*\\b(pk|primary key)\\b.*")) {
            h.append(" primary key");
        }
        if (s.contains("not null")) {
            h.append(" not null");
        } else if (s.matches(".*(?<!not )\\bnull\\b.*")) {
            h.append(" optional");
        }
        if (s.matches(".*\\bunique\\b.*")) {
            h.append(" unique");
        }
        Matcher d = DEFAULT.matcher(settings);
        if (d.find()) {
            h.append(" default ").append(d.group(1).replace("`", "").replace("'", ""));
        }
        Matcher n = NOTE.matcher(settings);
        if (n.find()) {
            h.append(" (").append(n.group(1)).append(')');
        }
        return h.toString().strip();
    }
}
