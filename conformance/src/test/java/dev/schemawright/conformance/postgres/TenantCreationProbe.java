package dev.schemawright.conformance.postgres;

import dev.schemawright.conformance.RenderedModel;
import dev.schemawright.contracts.model.DefaultKind;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.PolicyCommand;
import dev.schemawright.contracts.model.PolicyRule;
import dev.schemawright.contracts.model.PolicyRuleKind;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * A tenant from its first row on, on the live schema, through the policies alone: user A creates a tenant (without
 * naming its creator where the column defaults to the current user) and reads it back in the same statement; A adds
 * themself as its first member, role owner; A writes tenant data and rows under it. User B sees none of it, cannot
 * join A's tenant, cannot write into it, and cannot create a tenant in A's name. All inside the schema's transaction,
 * rolled back at the end.
 */
public final class TenantCreationProbe {
    /** The tables a creatable tenant involves, read from the model's policies. */
    record Tenancy(Table tenant, String creator, Table members, String membersKey, String membersUser, Optional<Table> data,
                   Optional<Table> underData) {
        static Optional<Tenancy> of(SchemaModel m) {
            for (Table t : m.tables()) {
                PolicyRule read = rule(t, PolicyCommand.SELECT).orElse(null);
                PolicyRule insert = rule(t, PolicyCommand.INSERT).orElse(null);
                if (read == null || insert == null || read.kind() != PolicyRuleKind.TENANT_MEMBER || read.orOwnerColumn() == null
                        || !t.primaryKey().equals(List.of(read.column())) || insert.kind() != PolicyRuleKind.OWNER
                        || !insert.column().equals(read.orOwnerColumn())) {
                    continue;
                }
                Table members = m.table(read.parentTable()).orElseThrow();
                Optional<Table> data = m.tables().stream().filter(d -> d != t && d != members).filter(d -> rule(d, PolicyCommand.SELECT)
                        .filter(r -> r.kind() == PolicyRuleKind.TENANT_MEMBER && r.parentTable().equals(members.name())).isPresent()).findFirst();
                Optional<Table> underData = data.flatMap(d -> m.tables().stream().filter(g -> rule(g, PolicyCommand.SELECT)
                        .filter(r -> r.kind() == PolicyRuleKind.PARENT_ACCESS && r.parentTable().equals(d.name())).isPresent()).findFirst());
                return Optional.of(new Tenancy(t, read.orOwnerColumn(), members, read.parentKeyColumn(), read.parentOwnerColumn(), data, underData));
            }
            return Optional.empty();
        }
    }

    private final Tenancy tenancy;
    private final String role;
    private final RowFactory rows;
    private final ActingUser acting;
    private final Connection c;
    private final List<String> problems = new ArrayList<>();

    private TenantCreationProbe(RenderedModel r, Connection c, Tenancy tenancy) {
        this.tenancy = tenancy;
        this.c = c;
        this.role = tenancy.tenant().policies().get(0).role();
        this.rows = new RowFactory(r.model(), r.supabase(), c);
        this.acting = new ActingUser(c, r.supabase());
    }

    public static void run(RenderedModel r) {
        Optional<Tenancy> tenancy = Tenancy.of(r.model());
        if (tenancy.isEmpty()) {
            Assumptions.abort(r.label() + ": no tenant table that users create (a TENANT_MEMBER-or-creator SELECT policy)");
        }
        List<String> problems = PostgresSchemaCheck.inSchema(r.text("schema.postgres.sql"), r.supabase(), (c, catalog) -> {
            TenantCreationProbe probe = new TenantCreationProbe(r, c, tenancy.get());
            probe.probe();
            return probe.problems;
        });
        if (!problems.isEmpty()) {
            throw new AssertionError(r.label() + ": creating and sharing a " + tenancy.get().tenant().name() + " in PostgreSQL:\n  "
                    + String.join("\n  ", problems) + "\n  (artifact: " + r.dir() + ")");
        }
    }

    private void probe() throws SQLException {
        Table tenant = tenancy.tenant();
        Table members = tenancy.members();
        String a = rows.user("a");
        String b = rows.user("b");

        // A creates a tenant (without naming its creator when the column defaults to the current user); RETURNING
        // reads it back before any membership exists
        Map<String, String> given = new LinkedHashMap<>(rows.prepare(tenant, a).values());
        if (tenant.column(tenancy.creator()).map(col -> col.defaultValue() != null && col.defaultValue().kind() == DefaultKind.CURRENT_USER).orElse(false)) {
            given.remove(RowLevelSecurityProbe.physical(tenancy.creator()));
        }
        ActingUser.Outcome created = acting.as(role, a, () -> rows.insert(tenant, new RowFactory.Row(given)));
        if (created.error() != null) {
            problems.add("A cannot create a " + tenant.name() + ": " + created.error());
            return;
        }
        Map<String, String> tenantKey = created.key();
        String tenantId = tenantKey.values().iterator().next();
        expect("A reads the " + tenant.name() + " it created", acting.as(role, a, () -> rows.count(tenant, tenantKey)), 1);
        String creator = RowLevelSecurityProbe.query(c, "SELECT " + RowFactory.ident(RowLevelSecurityProbe.physical(tenancy.creator()))
                + "::text FROM " + RowFactory.ident(RowLevelSecurityProbe.physical(tenant.name())) + " WHERE "
                + RowFactory.ident(tenantKey.keySet().iterator().next()) + "::text = " + RowFactory.literal(tenantId)).get(0).get(0);
        if (!a.equals(creator)) {
            problems.add(tenant.name() + "." + tenancy.creator() + " defaults to " + creator + ", not the creating user " + a);
        }

        // B: not visible, not changeable, and no tenant in A's name
        expect("B reads A's " + tenant.name(), acting.as(role, b, () -> rows.count(tenant, tenantKey)), 0);
        expect("B updates A's " + tenant.name(), acting.as(role, b, () -> rows.touch(tenant, tenant.primaryKey().get(0), tenantKey)), 0);
        expect("B deletes A's " + tenant.name(), acting.as(role, b, () -> rows.delete(tenant, tenantKey)), 0);
        RowFactory.Row inAsName = rows.prepare(tenant, a);
        refused("B creates a " + tenant.name() + " in A's name", acting.as(role, b, () -> rows.insertOnly(tenant, inAsName)));

        // B cannot join A's tenant; A joins as its first member, role owner
        RowFactory.Row bJoins = rows.prepare(members, b, membership(tenantId, b));
        refused("B joins A's " + tenant.name(), acting.as(role, b, () -> rows.insertOnly(members, bJoins)));
        Map<String, String> asOwner = membership(tenantId, a);
        if (members.column("role").filter(col -> col.type().kind() == TypeKind.TEXT || col.type().kind() == TypeKind.VARCHAR).isPresent()) {
            asOwner.put("role", "owner");
        }
        RowFactory.Row joins = rows.prepare(members, a, asOwner);
        ActingUser.Outcome joined = acting.as(role, a, () -> rows.insert(members, joins));
        if (joined.error() != null) {
            problems.add("A cannot add themself to the " + tenant.name() + " it created: " + joined.error());
            return;
        }
        expect("A reads A's membership", acting.as(role, a, () -> rows.count(members, joined.key())), 1);
        expect("B reads A's membership", acting.as(role, b, () -> rows.count(members, joined.key())), 0);

        // members write the tenant's data, and rows under it; B sees none and cannot write there
        if (tenancy.data().isPresent()) {
            Table data = tenancy.data().get();
            String column = rule(data, PolicyCommand.SELECT).orElseThrow().column();
            Map<String, String> dataKey = insertAs(a, data, Map.of(RowLevelSecurityProbe.physical(column), tenantId), "A writes " + data.name() + " of its " + tenant.name());
            if (dataKey != null) {
                expect("B reads A's " + data.name(), acting.as(role, b, () -> rows.count(data, dataKey)), 0);
                RowFactory.Row intruder = rows.prepare(data, b, Map.of(RowLevelSecurityProbe.physical(column), tenantId));
                refused("B writes " + data.name() + " into A's " + tenant.name(), acting.as(role, b, () -> rows.insertOnly(data, intruder)));
                probeUnderData(a, b, data, dataKey);
            }
        }
    }

    /** A row under A's tenant data (a grandchild of the tenant): A writes it, B cannot read it. */
    private void probeUnderData(String a, String b, Table data, Map<String, String> dataKey) throws SQLException {
        if (tenancy.underData().isEmpty() || data.primaryKey().size() != 1) {
            return;
        }
        Table under = tenancy.underData().get();
        PolicyRule read = rule(under, PolicyCommand.SELECT).orElseThrow();
        String parentId = dataKey.get(RowLevelSecurityProbe.physical(read.parentKeyColumn()));
        Map<String, String> key = insertAs(a, under, Map.of(RowLevelSecurityProbe.physical(read.column()), parentId), "A writes " + under.name() + " under its " + data.name());
        if (key != null) {
            expect("B reads A's " + under.name(), acting.as(role, b, () -> rows.count(under, key)), 0);
        }
    }

    private Map<String, String> insertAs(String user, Table t, Map<String, String> given, String what) throws SQLException {
        RowFactory.Row row = rows.prepare(t, user, given);
        ActingUser.Outcome o = acting.as(role, user, () -> rows.insert(t, row));
        if (o.error() != null) {
            problems.add(what + ": " + o.error() + "\n      row: " + row);
            return null;
        }
        expect(what + " and reads it back", acting.as(role, user, () -> rows.count(t, o.key())), 1);
        return o.key();
    }

    private Map<String, String> membership(String tenantId, String user) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(RowLevelSecurityProbe.physical(tenancy.membersKey()), tenantId);
        m.put(RowLevelSecurityProbe.physical(tenancy.membersUser()), user);
        return m;
    }

    private void expect(String what, ActingUser.Outcome o, int rowsExpected) {
        o.mismatch(rowsExpected).ifPresent(m -> problems.add(what + ": " + m));
    }

    private void refused(String what, ActingUser.Outcome o) {
        if (!o.refusedByRowLevelSecurity()) {
            problems.add(what + ": " + (o.error() == null ? "allowed" : "failed, but not by row-level security: " + o.error()));
        }
    }

    private static Optional<PolicyRule> rule(Table t, PolicyCommand command) {
        return t.policies().stream().filter(p -> t.rlsEnabled() && p.command() == command).map(Policy::rule).findFirst();
    }
}
