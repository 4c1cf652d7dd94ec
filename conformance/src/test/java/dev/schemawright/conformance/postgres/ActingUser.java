package dev.schemawright.conformance.postgres;

import dev.schemawright.render.postgres.PostgresRenderer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

/**
 * Runs SQL as a signed-in user would: inside a savepoint, SET LOCAL ROLE to the policies' role and the user-id setting
 * the policies read (the auth stub's request.jwt.claim.sub for Supabase, app.current_user_id for plain PostgreSQL).
 * An error rolls back to the savepoint and comes back as the outcome, so the probe goes on.
 */
final class ActingUser {
    private final Connection c;
    private final boolean supabase;
    private int savepoints;

    ActingUser(Connection c, boolean supabase) {
        this.c = c;
        this.supabase = supabase;
    }

    interface SqlCall<T> {
        T call() throws SQLException;
    }

    /** What a call returned, or the error PostgreSQL gave (one line). */
    record Outcome(Object value, String error) {
        @SuppressWarnings("unchecked")
        Map<String, String> key() {
            return (Map<String, String>) value;
        }

        int rows() {
            return ((Number) value).intValue();
        }

        /** Why the outcome is not {@code expected} affected or counted rows, if it is not. */
        Optional<String> mismatch(int expected) {
            if (error != null) {
                return Optional.of("failed with " + error);
            }
            return rows() == expected ? Optional.empty() : Optional.of(value + " row(s), expected " + expected);
        }

        boolean refusedByRowLevelSecurity() {
            return error != null && error.contains("row-level security");
        }
    }

    Outcome as(String role, String user, SqlCall<?> call) throws SQLException {
        String sp = "rls_probe_" + (++savepoints);
        exec("SAVEPOINT " + sp);
        try {
            exec("SET LOCAL ROLE " + RowFactory.ident(role));
            String setting = supabase ? "request.jwt.claim.sub" : PostgresRenderer.CURRENT_USER_SETTING;
            exec("SELECT set_config(" + RowFactory.literal(setting) + ", " + RowFactory.literal(user) + ", true)");
            Object v = call.call();
            exec("RESET ROLE");
            exec("RELEASE SAVEPOINT " + sp);
            return new Outcome(v, null);
        } catch (SQLException e) {
            exec("ROLLBACK TO SAVEPOINT " + sp);
            exec("RELEASE SAVEPOINT " + sp);
            return new Outcome(null, e.getMessage().strip().replace("\n", " "));
        }
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
