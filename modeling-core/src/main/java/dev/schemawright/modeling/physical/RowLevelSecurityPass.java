package dev.schemawright.modeling.physical;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.PolicyCommand;
import dev.schemawright.contracts.model.PolicyRule;
import dev.schemawright.contracts.model.PolicyRuleKind;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.lang.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Row-level security when users live in Supabase Auth: RLS on every table, one policy per command. Owned rows:
 * user_id = (select auth.uid()). Child and join rows: through the parent that has the owner (PARENT_OWNER). Shared
 * catalog rows: readable by any signed-in user, written only by the service role (DENY for the API).
 */
public final class RowLevelSecurityPass implements DesignPass {
    private static final String ROLE = "authenticated";

    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        if (m.stack().auth() != AuthProvider.SUPABASE) {
            return m;
        }
        List<Table> out = new ArrayList<>();
        for (Table t : m.tables()) {
            if (!t.policies().isEmpty()) {
                out.add(t.withRlsEnabled(true));
                continue;
            }
            List<Policy> policies = new ArrayList<>();
            Optional<PolicyRule> tenant = tenantRule(m, t);
            if (tenant.isPresent()) {
                for (PolicyCommand cmd : PolicyCommand.values()) {
                    String verb = cmd.name().toLowerCase(Locale.ROOT);
                    policies.add(new Policy(Identifiers.derived(t.name(), verb + "_tenant_member"), cmd, ROLE, tenant.get(),
                            "members " + verb + " rows of their own " + tenant.get().parentKeyColumn().replace("_id", ""), t.sources()));
                }
                out.add(t.withRlsEnabled(true).withPolicies(policies));
                continue;
            }
            Optional<PolicyRule> membersOfThis = tenantRootRule(m, t);
            Optional<String> owner = ownerColumn(t);
            Optional<ForeignKey> parent = owner.isPresent() ? Optional.empty() : ownedParent(m, t);
            for (PolicyCommand cmd : PolicyCommand.values()) {
                String verb = cmd.name().toLowerCase(Locale.ROOT);
                PolicyRule rule;
                String why;
                if (owner.isPresent()) {
                    rule = PolicyRule.owner(owner.get());
                    why = "users " + verb + " only their own rows";
                } else if (parent.isPresent()) {
                    ForeignKey fk = parent.get();
                    rule = PolicyRule.parentOwner(fk.columns().get(0), fk.refTable(), fk.refColumns().get(0), ownerColumn(m.table(fk.refTable()).get()).get());
                    why = "users " + verb + " rows of " + fk.refTable() + " they own";
                } else if (cmd == PolicyCommand.SELECT && membersOfThis.isPresent()) {
                    rule = membersOfThis.get();
                    why = "members read their own " + t.name() + " row";
                } else if (cmd == PolicyCommand.SELECT) {
                    rule = PolicyRule.authenticated();
                    why = "shared data: readable by every signed-in user";
                } else {
                    rule = new PolicyRule(PolicyRuleKind.DENY, null, null, null, null);
                    why = "shared data: written by the service role only";
                }
                policies.add(new Policy(Identifiers.derived(t.name(), verb + "_" + rule.kind().name().toLowerCase(Locale.ROOT)), cmd, ROLE, rule, why, t.sources()));
            }
            out.add(t.withRlsEnabled(true).withPolicies(policies));
        }
        return m.withTables(out);
    }

    /** A membership table the tenancy pass made ({@code <tenant>_members}): tenant key + user_id, and its FK to the tenant. */
    private record Membership(Table members, String key, ForeignKey toTenant) {
        PolicyRule rule(String column) {
            return new PolicyRule(PolicyRuleKind.TENANT_MEMBER, column, members.name(), key, "user_id");
        }
    }

    private static List<Membership> memberships(SchemaModel m) {
        List<Membership> out = new ArrayList<>();
        for (Table members : m.tables()) {
            if (members.kind() != dev.schemawright.contracts.model.TableKind.JOIN || !members.hasColumn("user_id") || members.primaryKey().size() != 2) {
                continue;
            }
            String key = members.primaryKey().get(0);
            Optional<ForeignKey> toTenant = members.foreignKeys().stream().filter(f -> f.columns().equals(List.of(key)) && !f.external()).findFirst();
            if (toTenant.isPresent() && members.name().startsWith(dev.schemawright.modeling.lang.Inflection.singular(toTenant.get().refTable()) + "_member")) {
                out.add(new Membership(members, key, toTenant.get()));
            }
        }
        return out;
    }

    /**
     * Tenant-owned rows (a tenant key column) are visible to the tenant's members, through the membership table.
     * The tenant row itself keeps the ordinary rules (see {@link #tenantRootRule}): a membership check there would stop
     * anyone from creating a tenant (no one is a member of a row that does not exist yet, and INSERT ... RETURNING
     * needs SELECT on the new row).
     */
    private static Optional<PolicyRule> tenantRule(SchemaModel m, Table t) {
        for (Membership ms : memberships(m)) {
            String tenant = ms.toTenant().refTable();
            if (t.name().equals(tenant) || t.name().equals(ms.members().name())) {
                continue;
            }
            Optional<ForeignKey> toTenantHere = t.foreignKeys().stream().filter(f -> !f.external() && f.refTable().equals(tenant)).findFirst();
            if (toTenantHere.isPresent()) {
                return Optional.of(ms.rule(toTenantHere.get().columns().get(0)));
            }
        }
        return Optional.empty();
    }

    /** For the tenant table itself: its members may read it (through the membership table that references it). */
    private static Optional<PolicyRule> tenantRootRule(SchemaModel m, Table t) {
        return memberships(m).stream()
                .filter(ms -> ms.toTenant().refTable().equals(t.name()) && ms.toTenant().refColumns().equals(List.of("id")))
                .findFirst().map(ms -> ms.rule("id"));
    }

    private static Optional<String> ownerColumn(Table t) {
        for (ForeignKey fk : t.foreignKeys()) {
            if (fk.external() && fk.refTable().equals("users")) {
                return Optional.of(fk.columns().get(0));
            }
        }
        return Optional.empty();
    }

    private static Optional<ForeignKey> ownedParent(SchemaModel m, Table t) {
        for (ForeignKey fk : t.foreignKeys()) {
            if (!fk.external() && !fk.refTable().equals(t.name()) && m.table(fk.refTable()).flatMap(RowLevelSecurityPass::ownerColumn).isPresent()) {
                return Optional.of(fk);
            }
        }
        return Optional.empty();
    }
}
