package dev.schemawright.conformance.versions;

import dev.schemawright.conformance.sqlite.SqliteScript;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An in-memory SQLite database (the real library through sqlite-jdbc) that runs scripts statement by statement, as the
 * sqlite3 shell would: the script's own PRAGMAs, BEGIN and COMMIT hold. A foreign_key_check that reports rows fails
 * the run (the databases here are empty, so a violation is the migration's fault).
 */
final class SqliteDatabase implements AutoCloseable {
    private final Connection connection;

    SqliteDatabase() {
        try {
            connection = DriverManager.getConnection("jdbc:sqlite::memory:");
            run("PRAGMA foreign_keys = ON;", "setup");
        } catch (SQLException e) {
            throw new AssertionError("cannot open an in-memory SQLite database: " + e.getMessage(), e);
        }
    }

    Connection connection() {
        return connection;
    }

    void run(String script, String what) {
        for (SqliteScript.Statement st : SqliteScript.split(script)) {
            try (Statement s = connection.createStatement()) {
                boolean rows = s.execute(st.sql());
                if (rows && st.sql().toLowerCase(java.util.Locale.ROOT).startsWith("pragma foreign_key_check")) {
                    try (ResultSet rs = s.getResultSet()) {
                        if (rs.next()) {
                            throw new AssertionError(what + ": foreign_key_check reports " + rs.getString(1) + " -> " + rs.getString(3));
                        }
                    }
                }
            } catch (SQLException e) {
                throw new AssertionError("SQLite rejected " + what + " at line " + st.line() + ": " + e.getMessage() + "\n    in: " + st.sql(), e);
            }
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // in memory: gone either way
        }
    }
}
