package dev.schemawright.conformance.postgres;

import dev.schemawright.conformance.RenderedModel;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.PolicyCommand;
import dev.schemawright.contracts.model.PolicyRule;
import dev.schemawright.contracts.model.PolicyRuleKind;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.render.naming.PhysicalName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Row-level security, exercised on the live schema: two users A and B each get rows in every table whose SELECT policy
 * is OWNER, PARENT_OWNER, TENANT_MEMBER or PARENT_ACCESS (each user then a member of their own tenant only; in the
 * application's users table, their own account rows); then, acting as A ({@link ActingUser}), A must not see, update
 * or delete B's rows nor insert rows owned by B, while A can read, update and delete its own exactly where a policy
 * grants that command (a DENY keeps A from its own rows too). All inside the schema's transaction, rolled back at the end.
 */
public final class RowLevelSecurityProbe {
    private static final List<PolicyRuleKind> OWN_ROWS = List.of(PolicyRuleKind.OWNER, PolicyRuleKind.PARENT_OWNER,
            PolicyRuleKind.TENANT_MEMBER, PolicyRuleKind.PARENT_ACCESS);

    private final SchemaModel model;
    private final boolean supabase;
    private final RowFactory rows;
    private final List<String> problems = new ArrayList<>();
    private final ActingUser acting;

    private RowLevelSecurityProbe(RenderedModel r, Connection c) {
        this.model = r.model();
        this.supabase = r.supabase();
        this.rows = new RowFactory(model, supabase, c);
        this.acting = new ActingUser(c, supabase);
    }

    public static void run(RenderedModel r) {
        List<Table> probed = probedTables(r.model());
        if (r.model().tables().stream().noneMatch(Table::rlsEnabled)) {
            // nothing to prove; ArtifactChecks.postgres already shows PostgreSQL agrees that RLS is off
            Assumptions.abort(r.label() + ": the model enables row-level security on no table (auth: "
                    + r.model().stack().auth() + "), so there are no policies to probe");
        }
        if (probed.isEmpty()) {
            throw new AssertionError(r.label() + ": no table has an OWNER or PARENT_OWNER SELECT policy, so row-level security"
                    + " cannot be shown to separate users (tables: " + r.model().tables().stream().map(Table::name).toList() + ")");
        }
        PostgresSchemaCheck.probeEachTable(r, probed, "row-level security in PostgreSQL", (c, t, found) -> {
            RowLevelSecurityProbe probe = new RowLevelSecurityProbe(r, c);
            probe.probe(t);
            found.addAll(probe.problems);
        });
    }

    static List<Table> probedTables(SchemaModel model) {
        return model.tables().stream().filter(Table::rlsEnabled)
                .filter(t -> rule(t, PolicyCommand.SELECT).map(r -> OWN_ROWS.contains(r.kind())).orElse(false)).toList();
    }

    private static Optional<PolicyRule> rule(Table t, PolicyCommand command) {
        return t.policies().stream().filter(p -> p.command() == command).map(Policy::rule).findFirst();
    }

    /** A policy lets the acting user use their own rows for this command. */
    private static boolean grantsOwn(Table t, PolicyCommand command) {
        return rule(t, command).map(r -> r.kind() != PolicyRuleKind.DENY).orElse(false);
    }

    private static boolean ownRowsOnly(Table t, PolicyCommand command) {
        return rule(t, command).map(r -> OWN_ROWS.contains(r.kind())).orElse(true);
    }

    private void probe(Table t) throws SQLException {
        String table = t.name();
        String role = t.policies().stream().filter(p -> p.command() == PolicyCommand.SELECT).findFirst().orElseThrow().role();
        String a = rows.user("a");
        String b = rows.user("b");
        if (rows.isUsersTable(t)) {
            // the users' own rows exist already: A's account row and B's
            probeUsed(t, role, a, Map.of(physical(t.primaryKey().get(0)), a), Map.of(physical(t.primaryKey().get(0)), b));
            return;
        }
        RowFactory.Row rowA = rows.prepare(t, a);
        RowFactory.Row foreign = rows.prepare(t, b);
        RowFactory.Row rowB = foreign;  // B inserts the very row A was refused

        // INSERT: each user creates their own row; A cannot create one that belongs to B
        // (without RETURNING, so the INSERT policy alone decides)
        if (denies(t, PolicyCommand.INSERT) && !acting.as(role, a, () -> rows.insertOnly(t, rowA)).refusedByRowLevelSecurity()) {
            problems.add(table + ": A inserted a row although the INSERT policy denies " + role);
        }
        Map<String, String> keyA = insert(t, rowA, role, a, "A");
        if (keyA == null) {
            return;
        }
        if (ownRowsOnly(t, PolicyCommand.INSERT) && grantsOwn(t, PolicyCommand.INSERT)) {
            String err = acting.as(role, a, () -> rows.insertOnly(t, foreign)).error();
            if (err == null) {
                problems.add(table + ": A inserted a row owned by B (INSERT policy does not check ownership)");
            } else if (!err.contains("row-level security")) {
                problems.add(table + ": A's insert of a row owned by B failed, but not by row-level security: " + err);
            }
        }
        Map<String, String> keyB = insert(t, rowB, role, b, "B");
        if (keyB == null) {
            return;
        }
        probeUsed(t, role, a, keyA, keyB);
    }

    /** With A's and B's rows in place: A reads, updates and deletes its own wherever a policy says so, never B's. */
    private void probeUsed(Table t, String role, String a, Map<String, String> keyA, Map<String, String> keyB) throws SQLException {
        String table = t.name();
        // SELECT
        ActingUser.Outcome seesOwn = acting.as(role, a, () -> rows.count(t, keyA));
        ActingUser.Outcome seesOther = acting.as(role, a, () -> rows.count(t, keyB));
        expect(table, "A reads its own row", seesOwn, 1);
        expect(table, "A reads B's row", seesOther, 0);
        // UPDATE: a no-op assignment of the ownership column, so WITH CHECK sees the same row
        String col = rule(t, PolicyCommand.SELECT).orElseThrow().column();
        expect(table, "A updates B's row", acting.as(role, a, () -> rows.touch(t, col, keyB)), 0);
        expect(table, "A updates its own row", acting.as(role, a, () -> rows.touch(t, col, keyA)), grantsOwn(t, PolicyCommand.UPDATE) ? 1 : 0);
        // DELETE
        expect(table, "A deletes B's row", acting.as(role, a, () -> rows.delete(t, keyB)), 0);
        if (rows.count(t, keyB) != 1) {
            problems.add(table + ": B's row is gone after A tried to delete it");
        }
        expect(table, "A deletes its own row", acting.as(role, a, () -> rows.delete(t, keyA)), grantsOwn(t, PolicyCommand.DELETE) ? 1 : 0);
    }

    private static boolean denies(Table t, PolicyCommand command) {
        return rule(t, command).map(r -> r.kind() == PolicyRuleKind.DENY).orElse(false);
    }

    private Map<String, String> insert(Table t, RowFactory.Row row, String role, String user, String who) throws SQLException {
        if (grantsOwn(t, PolicyCommand.INSERT)) {
            ActingUser.Outcome o = acting.as(role, user, () -> rows.insert(t, row));
            if (o.error() != null) {
                problems.add(t.name() + ": " + who + " cannot insert its own row: " + o.error() + "\n      row: " + row);
                return null;
            }
            rows.joinOwnTenant(t, o.key(), user);
            return o.key();
        }
        Map<String, String> key = rows.insert(t, row);  // no INSERT policy for users: the service role seeds the rows
        rows.joinOwnTenant(t, key, user);
        return key;
    }

    private void expect(String table, String what, ActingUser.Outcome o, int rowsExpected) {
        o.mismatch(rowsExpected).ifPresent(m -> problems.add(table + ": " + what + ": " + m));
    }

    static String physical(String name) {
        return PhysicalName.of(name);
    }

    static List<List<String>> query(Connection c, String sql) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                out.add(row);
            }
        }
        return out;
    }
}
