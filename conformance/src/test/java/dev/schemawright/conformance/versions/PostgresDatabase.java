package dev.schemawright.conformance.versions;

import dev.schemawright.conformance.postgres.EmbeddedPostgresServer;
import dev.schemawright.conformance.postgres.PostgresSchemaCheck;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A database of its own on the embedded PostgreSQL, for scripts that commit (a migration runs its own BEGIN/COMMIT,
 * so the roll-back-everything trick of the conformance checks cannot be used). Dropped on close.
 */
final class PostgresDatabase implements AutoCloseable {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private final String name;
    private final Connection connection;

    private PostgresDatabase(String name, Connection connection) {
        this.name = name;
        this.connection = connection;
    }

    /** A new empty database, with the Supabase auth stub (harmless for plain PostgreSQL models: nothing refers to it). */
    static PostgresDatabase create() {
        String name = "sw_versions_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try (Connection admin = EmbeddedPostgresServer.connect(); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new AssertionError("cannot create database " + name + ": " + e.getMessage(), e);
        }
        PostgresDatabase db = new PostgresDatabase(name, EmbeddedPostgresServer.connect(name));
        db.run(PostgresSchemaCheck.authStub(), "auth-stub.sql");
        return db;
    }

    Connection connection() {
        return connection;
    }

    /** Runs a whole script as psql -f would (simple query protocol, autocommit; the script's own BEGIN/COMMIT hold). */
    void run(String script, String what) {
        try (Statement s = connection.createStatement()) {
            s.execute(script);
        } catch (SQLException e) {
            try {
                connection.createStatement().execute("ROLLBACK");
            } catch (SQLException ignored) {
                // not in a transaction
            }
            throw new AssertionError("PostgreSQL rejected " + what + ": " + e.getMessage().strip() + where(script, e), e);
        }
    }

    private static String where(String script, SQLException e) {
        if (!(e instanceof PSQLException p) || p.getServerErrorMessage() == null) {
            return "";
        }
        ServerErrorMessage m = p.getServerErrorMessage();
        if (m.getPosition() <= 0 || m.getPosition() > script.length()) {
            return m.getWhere() == null ? "" : "\n    where: " + m.getWhere();
        }
        int pos = m.getPosition() - 1;
        int from = script.lastIndexOf('\n', pos) + 1;
        int to = script.indexOf('\n', pos);
        return "\n    at: " + script.substring(from, to < 0 ? script.length() : to);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // dropping the database below ends it anyway
        }
        try (Connection admin = EmbeddedPostgresServer.connect(); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new AssertionError("cannot drop database " + name + ": " + e.getMessage(), e);
        }
    }
}
