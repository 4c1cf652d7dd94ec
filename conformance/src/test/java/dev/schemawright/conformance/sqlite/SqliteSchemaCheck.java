package dev.schemawright.conformance.sqlite;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemawright.conformance.shape.SchemaShape;
import dev.schemawright.conformance.shape.SqliteCatalogShape;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Executes a schema.sqlite.sql in an in-memory SQLite (the real library, through sqlite-jdbc) with foreign keys on,
 * statement by statement, then checks what SQLite accepts silently: every foreign key must point at an existing table,
 * existing columns, and a primary key or unique index there (else SQLite fails every later write with "foreign key
 * mismatch"). Returns the shape SQLite holds.
 */
public final class SqliteSchemaCheck {
    private SqliteSchemaCheck() {
    }

    public record Result(List<String> problems, SchemaShape shape, ObjectNode catalog) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result run(String script) {
        List<String> problems = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
            for (SqliteScript.Statement st : SqliteScript.split(script)) {
                try (Statement s = c.createStatement()) {
                    s.execute(st.sql());
                } catch (SQLException e) {
                    problems.add("line " + st.line() + ": " + e.getMessage() + "\n    in: " + abbreviate(st.sql()));
                    return new Result(problems, null, null);
                }
            }
            ObjectNode catalog = catalog(c);
            checkForeignKeyTargets(catalog, problems, c);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    problems.add("foreign_key_check: " + rs.getString(1) + " -> " + rs.getString(3));
                }
            } catch (SQLException e) {
                problems.add("foreign_key_check: " + e.getMessage());
            }
            return new Result(problems, SqliteCatalogShape.of("schema.sqlite.sql", catalog), catalog);
        } catch (SQLException e) {
            throw new AssertionError("cannot open an in-memory SQLite database: " + e.getMessage(), e);
        }
    }

    /** The same JSON structure sqlmodel_check.py reports, so one reader turns both into a shape. */
    static ObjectNode catalog(Connection c) throws SQLException {
        ObjectNode tables = JsonNodeFactory.instance.objectNode();
        for (String t : strings(c, "select name from sqlite_master where type='table' and name not like 'sqlite_%' order by name")) {
            ObjectNode table = tables.putObject(t);
            ArrayNode cols = table.putArray("columns");
            Map<Integer, String> pk = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("select name, type, \"notnull\", pk from pragma_table_info(?)")) {
                ps.setString(1, t);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        cols.addObject().put("name", rs.getString(1)).put("type", rs.getString(2))
                                .put("notnull", rs.getInt(3) != 0).put("pk", rs.getInt(4));
                        if (rs.getInt(4) > 0) {
                            pk.put(rs.getInt(4), rs.getString(1));
                        }
                    }
                }
            }
            Map<Integer, ObjectNode> fks = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "select id, \"table\", \"from\", \"to\", on_delete from pragma_foreign_key_list(?) order by id, seq")) {
                ps.setString(1, t);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ObjectNode fk = fks.computeIfAbsent(rs.getInt(1), id -> {
                            ObjectNode o = JsonNodeFactory.instance.objectNode();
                            o.putArray("from");
                            o.putArray("to");
                            return o;
                        });
                        fk.put("table", rs.getString(2)).put("on_delete", rs.getString(5));
                        ((ArrayNode) fk.get("from")).add(rs.getString(3));
                        ((ArrayNode) fk.get("to")).add(rs.getString(4));
                    }
                }
            }
            ArrayNode fkArray = table.putArray("foreign_keys");
            fks.values().forEach(fkArray::add);
            ArrayNode indexes = table.putArray("indexes");
            try (PreparedStatement ps = c.prepareStatement("select name, \"unique\", origin, partial from pragma_index_list(?)")) {
                ps.setString(1, t);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ObjectNode ix = indexes.addObject().put("name", rs.getString(1)).put("unique", rs.getInt(2) != 0)
                                .put("origin", rs.getString(3)).put("partial", rs.getInt(4) != 0);
                        ArrayNode ixCols = ix.putArray("columns");
                        try (PreparedStatement pi = c.prepareStatement("select name from pragma_index_info(?) order by seqno")) {
                            pi.setString(1, rs.getString(1));
                            try (ResultSet ri = pi.executeQuery()) {
                                while (ri.next()) {
                                    ixCols.add(ri.getString(1));
                                }
                            }
                        }
                    }
                }
            }
        }
        // REFERENCES t without columns means t's primary key
        for (var e : iterable(tables)) {
            for (var fk : e.getValue().path("foreign_keys")) {
                ArrayNode to = (ArrayNode) fk.get("to");
                if (to.size() > 0 && to.get(0).isNull()) {
                    to.removeAll();
                    primaryKey(tables.path(fk.path("table").asText())).forEach(to::add);
                }
            }
        }
        return tables;
    }

    private static void checkForeignKeyTargets(ObjectNode catalog, List<String> problems, Connection c) throws SQLException {
        for (var e : iterable(catalog)) {
            String t = e.getKey();
            for (var fk : e.getValue().path("foreign_keys")) {
                String ref = fk.path("table").asText();
                List<String> from = new ArrayList<>();
                List<String> to = new ArrayList<>();
                fk.path("from").forEach(n -> from.add(n.asText()));
                fk.path("to").forEach(n -> to.add(n.asText()));
                var target = catalog.get(ref);
                if (target == null) {
                    problems.add("table " + t + ": foreign key " + from + " references missing table " + ref);
                    continue;
                }
                Set<String> refCols = new TreeSet<>();
                target.path("columns").forEach(col -> refCols.add(col.path("name").asText()));
                for (String col : to) {
                    if (!refCols.contains(col)) {
                        problems.add("table " + t + ": foreign key " + from + " references missing column " + ref + "(" + col + ")");
                    }
                }
                if (refCols.containsAll(to) && !new TreeSet<>(primaryKey(target)).equals(new TreeSet<>(to))
                        && !uniqueIndexes(c, ref).contains(new TreeSet<>(to))) {
                    problems.add("table " + t + ": foreign key " + from + " references " + ref + to
                            + ", which is neither its primary key nor unique (foreign key mismatch on every write)");
                }
            }
        }
    }

    private static List<String> primaryKey(com.fasterxml.jackson.databind.JsonNode table) {
        Map<Integer, String> pk = new TreeMap<>();
        table.path("columns").forEach(col -> {
            if (col.path("pk").asInt() > 0) {
                pk.put(col.path("pk").asInt(), col.path("name").asText());
            }
        });
        return new ArrayList<>(pk.values());
    }

    private static List<Set<String>> uniqueIndexes(Connection c, String table) throws SQLException {
        List<Set<String>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select name from pragma_index_list(?) where \"unique\" = 1 and partial = 0")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Set<String> cols = new TreeSet<>();
                    try (PreparedStatement pi = c.prepareStatement("select name from pragma_index_info(?)")) {
                        pi.setString(1, rs.getString(1));
                        try (ResultSet ri = pi.executeQuery()) {
                            while (ri.next()) {
                                cols.add(ri.getString(1));
                            }
                        }
                    }
                    out.add(cols);
                }
            }
        }
        return out;
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static Iterable<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> iterable(ObjectNode node) {
        List<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> out = new ArrayList<>();
        node.fields().forEachRemaining(out::add);
        return out;
    }

    static String abbreviate(String sql) {
        String one = sql.replaceAll("\\s+", " ");
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }
}
