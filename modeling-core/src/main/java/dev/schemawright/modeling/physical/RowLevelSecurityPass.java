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
