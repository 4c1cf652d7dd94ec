package dev.schemawright.conformance.versions;

import dev.schemawright.conformance.postgres.PostgresSchemaCheck;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an SQLite database holds, as text, one entry per object: tables, their columns (pragma table_info: type, NOT
 * NULL, default, key position — not their order, ADD COLUMN appends), foreign keys (pragma foreign_key_list), the
 * constraint clauses of the CREATE TABLE (named constraints, CHECKs, keys: SQLite exposes them nowhere else),
 * automatic key indexes (pragma index_list, without their generated names), and the SQL of every index and trigger.
 * Stored SQL is compared with its identifiers unquoted and its blanks collapsed: a rename makes SQLite rewrite a name
 * in double quotes.
 */
final class SqliteCatalog {
    private static final Pattern QUOTED = Pattern.compile("\"([A-Za-z_][A-Za-z0-9_]*)\"");
    private static final Pattern INLINE_CHECK = Pattern.compile("(?i)(CONSTRAINT\\s+(\"(?:[^\"]|\"\")*\"|\\S+)\\s+)?CHECK\\s*\\(");

    private SqliteCatalog() {
    }

    static Map<String, String> read(Connection c) {
        Map<String, String> out = new TreeMap<>();
        try {
            for (List<String> t : PostgresSchemaCheck.rows(c, "select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%'")) {
                String table = t.get(0);
                out.put("table " + table, "");
                String q = "'" + table.replace("'", "''") + "'";
                for (List<String> col : PostgresSchemaCheck.rows(c, "select name, type, \"notnull\", dflt_value, pk from pragma_table_info(" + q + ")")) {
                    out.put("column " + table + "." + col.get(0), col.get(1) + (col.get(2).equals("1") ? " not null" : "")
                            + (col.get(3) == null ? "" : " default " + normalize(col.get(3))) + (col.get(4).equals("0") ? "" : " pk " + col.get(4)));
                }
                Map<String, List<String[]>> fks = new TreeMap<>();
                for (List<String> fk : PostgresSchemaCheck.rows(c, "select id, \"table\", \"from\", \"to\", on_update, on_delete, \"match\" from pragma_foreign_key_list("
                        + q + ") order by id, seq")) {
                    fks.computeIfAbsent(fk.get(0), k -> new ArrayList<>()).add(fk.subList(1, 7).toArray(new String[0]));
                }
                for (List<String[]> parts : fks.values()) {
                    String from = String.join(",", parts.stream().map(p -> p[1]).toList());
                    String to = String.join(",", parts.stream().map(p -> p[2]).toList());
                    count(out, "foreign key " + table + " (" + from + ") -> " + parts.get(0)[0] + " (" + to + ") on update " + parts.get(0)[3]
                            + " on delete " + parts.get(0)[4]);
                }
                for (String clause : clauses(t.get(1))) {
                    count(out, "clause " + table + " " + clause);
                }
                for (List<String> ix : PostgresSchemaCheck.rows(c, "select name, \"unique\", origin, partial from pragma_index_list(" + q + ") where origin <> 'c'")) {
                    List<String> cols = PostgresSchemaCheck.rows(c, "select name from pragma_index_info('" + ix.get(0).replace("'", "''") + "') order by seqno")
                            .stream().map(r -> r.get(0)).toList();
                    count(out, "key index " + table + " " + ix.get(2) + " unique=" + ix.get(1) + " (" + String.join(",", cols) + ")");
                }
            }
            for (List<String> r : PostgresSchemaCheck.rows(c, "select type, name, sql from sqlite_master where type in ('index', 'trigger') and sql is not null")) {
                out.put(r.get(0) + " " + r.get(1), normalize(r.get(2)));
            }
        } catch (SQLException e) {
            throw new AssertionError("reading the SQLite catalog: " + e.getMessage(), e);
        }
        return out;
    }

    private static void count(Map<String, String> out, String key) {
        out.merge(key, "1", (a, b) -> Integer.toString(Integer.parseInt(a) + 1));
    }

    static String normalize(String sql) {
        return QUOTED.matcher(sql.replaceAll("\\s+", " ").strip()).replaceAll("$1");
    }

    /**
     * The constraint clauses of a CREATE TABLE: table constraints (items of the column list starting with CONSTRAINT,
     * CHECK, PRIMARY, UNIQUE or FOREIGN) and the CHECKs inside column definitions (where ADD COLUMN puts them).
     */
    static List<String> clauses(String createTable) {
        List<String> out = new ArrayList<>();
        int open = createTable.indexOf('(');
        for (String item : items(createTable.substring(open + 1, createTable.lastIndexOf(')')))) {
            String s = normalize(item);
            String head = s.split(" ", 2)[0].toUpperCase(java.util.Locale.ROOT);
            if (List.of("CONSTRAINT", "CHECK", "PRIMARY", "UNIQUE", "FOREIGN").contains(head)) {
                out.add(s);
                continue;
            }
            Matcher m = INLINE_CHECK.matcher(s);
            while (m.find()) {
                int end = closing(s, m.end() - 1);
                out.add(s.substring(m.start(), end + 1));
            }
        }
        return out;
    }

    /** The column list split at top-level commas (quotes and parentheses respected). */
    private static List<String> items(String body) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == '\'' || ch == '"') {
                i = skipQuoted(body, i);
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                out.add(body.substring(start, i));
                start = i + 1;
            }
        }
        out.add(body.substring(start));
        return out;
    }

    private static int skipQuoted(String s, int i) {
        char q = s.charAt(i);
        for (int j = i + 1; j < s.length(); j++) {
            if (s.charAt(j) == q) {
                if (j + 1 < s.length() && s.charAt(j + 1) == q) {
                    j++;
                    continue;
                }
                return j;
            }
        }
        return s.length() - 1;
    }

    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\'' || ch == '"') {
                i = skipQuoted(s, i);
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return i;
            }
        }
        return s.length() - 1;
    }
}
