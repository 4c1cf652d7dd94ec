package dev.schemawright.conformance.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemawright.conformance.shape.SchemaShape;
import dev.schemawright.conformance.shape.TypeFamily;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Executes a schema.postgres.sql in one transaction on the embedded PostgreSQL (after the Supabase auth stub when the
 * model targets Supabase), reads back what PostgreSQL built from its catalogs, lets the caller probe the live schema,
 * and rolls everything back.
 */
public final class PostgresSchemaCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PostgresSchemaCheck() {
    }

    /** Work done inside the schema's transaction, on the superuser connection. */
    public interface InSchema<T> {
        T apply(Connection c, Catalog catalog) throws SQLException;
    }

    /** What PostgreSQL holds after the script: its shape, and per table whether RLS is on and which policies exist. */
    public record Catalog(SchemaShape shape, Map<String, Boolean> rlsEnabled, Map<String, List<String>> policyCommands,
                          Map<String, List<String>> enumValues) {
    }

    public static final class SchemaError extends AssertionError {
        SchemaError(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** One probe of one table, adding what it finds to {@code problems}. */
    public interface TableProbe {
        void probe(Connection c, dev.schemawright.contracts.model.Table t, List<String> problems) throws SQLException;
    }

    /**
     * Runs the probe on each table from a clean slate (inside a savepoint rolled back after the table: rows made for one
     * probe would collide with the next) and fails with everything found, naming {@code what} was probed.
     */
    public static void probeEachTable(dev.schemawright.conformance.RenderedModel r, List<dev.schemawright.contracts.model.Table> tables, String what,
                                      TableProbe probe) {
        List<String> problems = inSchema(r.text("schema.postgres.sql"), r.supabase(), (c, catalog) -> {
            List<String> found = new ArrayList<>();
            for (dev.schemawright.contracts.model.Table t : tables) {
                try (Statement s = c.createStatement()) {
                    s.execute("SAVEPOINT probe_table");
                }
                probe.probe(c, t, found);
                try (Statement s = c.createStatement()) {
                    s.execute("ROLLBACK TO SAVEPOINT probe_table");
                }
            }
            return found;
        });
        if (!problems.isEmpty()) {
            throw new AssertionError(r.label() + ": " + what + " (tables probed: " + tables.stream().map(dev.schemawright.contracts.model.Table::name).toList()
                    + "):\n  " + String.join("\n  ", problems) + "\n  (artifact: " + r.dir() + ")");
        }
    }

    public static Catalog execute(String script, boolean supabase) {
        return inSchema(script, supabase, (c, catalog) -> catalog);
    }

    public static <T> T inSchema(String script, boolean supabase, InSchema<T> work) {
        try (Connection c = EmbeddedPostgresServer.connect()) {
            c.setAutoCommit(false);
            try {
                if (supabase) {
                    run(c, authStub(), "auth-stub.sql");
                }
                run(c, script, "schema.postgres.sql");
                return work.apply(c, catalog(c));
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static void run(Connection c, String script, String what) {
        try (Statement s = c.createStatement()) {
            s.execute(script);
        } catch (SQLException e) {
            throw new SchemaError("PostgreSQL rejected " + what + ": " + e.getMessage().strip() + where(script, e), e);
        }
    }

    /** The line of the script the server's error position points at. */
    private static String where(String script, SQLException e) {
        if (!(e instanceof PSQLException p)) {
            return "";
        }
        ServerErrorMessage m = p.getServerErrorMessage();
        if (m == null || m.getPosition() <= 0 || m.getPosition() > script.length()) {
            return "";
        }
        int pos = m.getPosition() - 1;
        int line = 1;
        for (int i = 0; i < pos; i++) {
            if (script.charAt(i) == '\n') {
                line++;
            }
        }
        int from = script.lastIndexOf('\n', pos) + 1;
        int to = script.indexOf('\n', pos);
        return "\n    at line " + line + ": " + script.substring(from, to < 0 ? script.length() : to);
    }

    public static String authStub() {
        try (InputStream in = PostgresSchemaCheck.class.getResourceAsStream("/auth-stub.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("auth-stub.sql missing from test resources", e);
        }
    }

    static Catalog catalog(Connection c) throws SQLException {
        SchemaShape.Builder b = new SchemaShape.Builder("schema.postgres.sql");
        Map<String, Boolean> rls = new TreeMap<>();
        for (List<String> r : rows(c, "select c.relname, c.relrowsecurity::text from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = 'public' and c.relkind in ('r', 'p')")) {
            b.table(r.get(0));
            rls.put(r.get(0), Boolean.parseBoolean(r.get(1)));
        }
        for (List<String> r : rows(c, "select c.table_name, c.column_name, c.is_nullable, format_type(a.atttypid, a.atttypmod),"
                + " (t.typtype = 'e' or et.typtype = 'e')::text from information_schema.columns c"
                + " join pg_attribute a on a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass and a.attname = c.column_name"
                + " join pg_type t on t.oid = a.atttypid left join pg_type et on et.oid = t.typelem"
                + " where c.table_schema = 'public' order by c.table_name, c.ordinal_position")) {
            if (rls.containsKey(r.get(0))) {
                b.column(r.get(0), r.get(1), r.get(2).equals("YES"), TypeFamily.ofPostgres(r.get(3), Boolean.parseBoolean(r.get(4))));
            }
        }
        // unique constraints and full unique indexes over plain columns (no predicate, no expression)
        for (List<String> r : rows(c, "select cl.relname, (select json_agg(a.attname order by k.o) from unnest(i.indkey::int2[])"
                + " with ordinality k(n, o) join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.n)"
                + " from pg_index i join pg_class cl on cl.oid = i.indrelid join pg_namespace n on n.oid = cl.relnamespace"
                + " where n.nspname = 'public' and i.indisunique and not i.indisprimary and i.indpred is null"
                + " and i.indexprs is null")) {
            b.unique(r.get(0), strings(r.get(1)));
        }
        String cols = "(select json_agg(a.attname order by k.o) from unnest(%s) with ordinality k(n, o)"
                + " join pg_attribute a on a.attrelid = %s and a.attnum = k.n)";
        for (List<String> r : rows(c, "select cl.relname, con.contype::text, " + cols.formatted("con.conkey", "con.conrelid") + ", rn.nspname, rc.relname, "
                + cols.formatted("con.confkey", "con.confrelid") + ", con.confdeltype::text from pg_constraint con"
                + " join pg_class cl on cl.oid = con.conrelid join pg_namespace n on n.oid = cl.relnamespace"
                + " left join pg_class rc on rc.oid = con.confrelid left join pg_namespace rn on rn.oid = rc.relnamespace"
                + " where n.nspname = 'public' and con.contype in ('p', 'f') order by 1, 2, con.conname")) {
            if (r.get(1).equals("p")) {
                b.primaryKey(r.get(0), strings(r.get(2)));
            } else {
                String ref = r.get(3).equals("public") ? r.get(4) : r.get(3) + "." + r.get(4);
                b.foreignKey(r.get(0), strings(r.get(2)), ref, strings(r.get(5)), action(r.get(6)));
            }
        }
        Map<String, List<String>> policies = new TreeMap<>();
        for (List<String> r : rows(c, "select tablename, cmd from pg_policies where schemaname = 'public' order by 1, 2")) {
            policies.computeIfAbsent(r.get(0), t -> new ArrayList<>()).add(r.get(1));
        }
        Map<String, List<String>> enums = new TreeMap<>();
        for (List<String> r : rows(c, "select t.typname, e.enumlabel from pg_enum e join pg_type t on t.oid = e.enumtypid"
                + " join pg_namespace n on n.oid = t.typnamespace where n.nspname = 'public' order by 1, e.enumsortorder")) {
            enums.computeIfAbsent(r.get(0), t -> new ArrayList<>()).add(r.get(1));
        }
        return new Catalog(b.build(), rls, policies, enums);
    }

    private static String action(String confdeltype) {
        switch (confdeltype) {
            case "a": return "NO_ACTION";
            case "r": return "RESTRICT";
            case "c": return "CASCADE";
            case "n": return "SET_NULL";
            case "d": return "SET_DEFAULT";
            default: throw new IllegalStateException("unsupported confdeltype " + confdeltype);
        }
    }

    private static List<String> strings(String jsonArray) {
        List<String> out = new ArrayList<>();
        try {
            for (JsonNode n : JSON.readTree(jsonArray == null ? "[]" : jsonArray)) {
                out.add(n.asText());
            }
        } catch (IOException e) {
            throw new IllegalStateException("bad json from catalog: " + jsonArray, e);
        }
        return out;
    }

    public static List<List<String>> rows(Connection c, String sql) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                out.add(row);
            }
        }
        return out;
    }
}
