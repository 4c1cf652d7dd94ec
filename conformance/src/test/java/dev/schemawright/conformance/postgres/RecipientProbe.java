package dev.schemawright.conformance.postgres;

import dev.schemawright.conformance.RenderedModel;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.PolicyCommand;
import dev.schemawright.contracts.model.PolicyRule;
import dev.schemawright.contracts.model.PolicyRuleKind;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The recipients' access path, on the live schema: in every table whose SELECT policy lets the user a row names read it
 * besides its owner (a client, a student, an assignee), owner A writes a row naming B; then B reads it, a stranger C
 * does not, and B can neither change nor delete it where only the owner may. All inside the schema's transaction.
 */
public final class RecipientProbe {
    private RecipientProbe() {
    }

    public static void run(RenderedModel r) {
        List<Table> tables = recipientTables(r.model());
        if (tables.isEmpty()) {
            Assumptions.abort(r.label() + ": no table lets the user a row names read it (an owner-or-named-user SELECT policy)");
        }
        PostgresSchemaCheck.probeEachTable(r, tables, "the recipients' access path in PostgreSQL", (c, t, found) -> probe(r, c, t, found));
    }

    static List<Table> recipientTables(SchemaModel m) {
        return m.tables().stream().filter(Table::rlsEnabled)
                .filter(t -> read(t).filter(p -> p.kind() == PolicyRuleKind.OWNER && p.orOwnerColumn() != null).isPresent()).toList();
    }

    private static Optional<PolicyRule> read(Table t) {
        return rule(t, PolicyCommand.SELECT);
    }

    private static Optional<PolicyRule> rule(Table t, PolicyCommand command) {
        return t.policies().stream().filter(p -> p.command() == command).map(Policy::rule).findFirst();
    }

    private static void probe(RenderedModel r, Connection c, Table t, List<String> problems) throws SQLException {
        RowFactory rows = new RowFactory(r.model(), r.supabase(), c);
        ActingUser acting = new ActingUser(c, r.supabase());
        PolicyRule select = read(t).orElseThrow();
        String role = t.policies().stream().filter(p -> p.command() == PolicyCommand.SELECT).findFirst().orElseThrow().role();
        String owner = rows.user("a");
        String recipient = rows.user("b");
        String stranger = rows.user("c");
        Map<String, String> key = rows.insert(t, rows.prepare(t, owner, Map.of(RowLevelSecurityProbe.physical(select.orOwnerColumn()), recipient)));
        String table = t.name() + " (" + select.orOwnerColumn() + ")";
        expect(problems, table, "the owner reads the row", acting.as(role, owner, () -> rows.count(t, key)), 1);
        expect(problems, table, "the user the row names reads it", acting.as(role, recipient, () -> rows.count(t, key)), 1);
        expect(problems, table, "a stranger reads it", acting.as(role, stranger, () -> rows.count(t, key)), 0);
        boolean recipientWrites = rule(t, PolicyCommand.UPDATE).map(u -> select.orOwnerColumn().equals(u.orOwnerColumn())).orElse(false);
        expect(problems, table, "the user the row names updates it", acting.as(role, recipient, () -> rows.touch(t, select.column(), key)),
                recipientWrites ? 1 : 0);
        boolean recipientDeletes = rule(t, PolicyCommand.DELETE).map(u -> select.orOwnerColumn().equals(u.orOwnerColumn())).orElse(false);
        expect(problems, table, "the user the row names deletes it", acting.as(role, recipient, () -> rows.delete(t, key)), recipientDeletes ? 1 : 0);
        expect(problems, table, "a stranger deletes it", acting.as(role, stranger, () -> rows.delete(t, key)), 0);
        if (!recipientDeletes && rows.count(t, key) != 1) {
            problems.add(table + ": the row is gone after the user it names and a stranger tried to delete it");
        }
    }

    private static void expect(List<String> problems, String table, String what, ActingUser.Outcome o, int rows) {
        o.mismatch(rows).ifPresent(m -> problems.add(table + ": " + what + ": " + m));
    }

}
