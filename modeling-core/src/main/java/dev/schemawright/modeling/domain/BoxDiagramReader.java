package dev.schemawright.modeling.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads tables drawn as boxes in a text diagram, side by side or stacked, in Unicode box-drawing or ASCII:
 * <pre>
 * ┌─────────────┐      +-----------+
 * │   habits    │      | books     |
 * ├─────────────┤      +-----------+
 * │ id (PK)     │      | id        |
 * │ user_id (FK)│      | title     |
 * └─────────────┘      +-----------+
 * </pre>
 * The first row of a box names the table, the rows after its separator are columns ("name hint"); a column marked FK
 * (or named {@code <x>_id} with a reference mark) refers to table x. Arrows between boxes are not needed: the FK marks
 * say the same and survive bad alignment.
 */
final class BoxDiagramReader {
    private static final Pattern UNICODE_TOP = Pattern.compile("┌[─┬═]{3,}┐");
    private static final Pattern ASCII_TOP = Pattern.compile("\\+[-=]{3,}\\+");
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)?)(\\[])?\\s*(.*)$");
    private static final Pattern RULE = Pattern.compile("[─═\\-=┼┬┴+]+");
    /** A row that opens with a column's name: lower case or snake_case, maybe after a key mark ("id (PK)", "PK id", "userId", "created_at"). */
    private static final Pattern COLUMN_ROW = Pattern.compile("(?:(?:PK|FK|UK|[*#+-])\\s*)?(?:[a-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*\\b|[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+)");
    private static final Pattern FK_MARK = Pattern.compile("\\bfk\\b|→|->|references", Pattern.CASE_INSENSITIVE);

    private BoxDiagramReader() {
    }

    /** True when the text draws at least one box. */
    static boolean draws(String text) {
        return UNICODE_TOP.matcher(text).find() || ASCII_TOP.matcher(text).find();
    }

    static void read(String text, String source, Sketch sketch) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (Pattern top : List.of(UNICODE_TOP, ASCII_TOP)) {
                Matcher m = top.matcher(lines[i]);
                while (m.find()) {
                    box(lines, i, m.start(), m.end() - 1, source, sketch);
                }
            }
        }
    }

    /** One box whose top edge spans columns left..right on line {@code topLine}. */
    private static void box(String[] lines, int topLine, int left, int right, String source, Sketch sketch) {
        List<String> header = new ArrayList<>();
        List<String> body = new ArrayList<>();
        boolean separated = false;
        for (int i = topLine + 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.length() <= right || !edge(line.charAt(left)) || !edge(line.charAt(right)) || line.charAt(left) == '└') {
                break;
            }
            String inside = line.substring(left + 1, right).strip();
            if (RULE.matcher(inside).matches()) {
                if (separated && !body.isEmpty()) {
                    break; // an ASCII box closes with the same rule that separates its header
                }
                separated = true;
            } else if (!inside.isEmpty()) {
                (separated ? body : header).add(inside);
            }
        }
        if (!separated && header.size() > 1) {
            body.addAll(header.subList(1, header.size())); // a box without a rule under its title
        }
        if (header.isEmpty() || body.isEmpty()) {
            return;
        }
        String title = header.get(0).replaceAll("[`*]", "").replaceAll("\\s*\\(.*\\)$", "").strip();
        if (title.toLowerCase(Locale.ROOT).startsWith("auth.") || !title.matches("[A-Za-z_][A-Za-z0-9_ ]*")) {
            return; // the auth provider's own table, or a caption rather than a table name
        }
        if (body.stream().noneMatch(r -> COLUMN_ROW.matcher(r.replace("`", "")).lookingAt())) {
            return; // "Machine A" over "User Browser", "FastAPI Backend": an architecture drawing's component, no table
        }
        String table = EntityNames.of(title.replace(' ', '_'));
        if (table.isEmpty()) {
            return;
        }
        sketch.entity(table, source);
        for (String row : body) {
            Matcher f = FIELD.matcher(row.replace("`", ""));
            if (!f.matches()) {
                continue;
            }
            String column = EntityNames.column(f.group(1));
            String rest = f.group(3).strip();
            String hint = (f.group(2) != null ? "array " : "") + rest.replaceAll("^\\((.*)\\)$", "$1");
            sketch.field(table, column, hint, source);
            if (FK_MARK.matcher(rest).find() && column.endsWith("_id") && column.length() > 3) {
                sketch.references.add(new Sketch.Reference(table, column, EntityNames.of(column.substring(0, column.length() - 3)), source));
            }
        }
    }

    private static boolean edge(char c) {
        return c == '│' || c == '|' || c == '├' || c == '┤' || c == '└' || c == '┘' || c == '+' || c == '║' || c == '╟' || c == '╢';
    }

}
