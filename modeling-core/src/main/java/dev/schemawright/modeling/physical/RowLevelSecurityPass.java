package dev.schemawright.modeling.physical;

import dev.schemawright.modeling.ModelQueries;
import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.PolicyCommand;
import dev.schemawright.contracts.model.PolicyRule;
import dev.schemawright.contracts.model.PolicyRuleKind;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.lang.Identifiers;
import dev.schemawright.modeling.lang.Inflection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Row-level security on every table, one policy per command, for the role a signed-in user's requests run as:
 * {@code authenticated} with Supabase Auth ({@code (select auth.uid())}), otherwise {@value ModelQueries#APPLICATION_ROLE}, which the
 * application switches to per transaction (the user id then comes from a setting the renderer names). Owned rows: owner
 * column = current user. Child and join rows: through the parent that has the owner (PARENT_OWNER). Tenant data:
 * through the membership table (TENANT_MEMBER). Rows further down: whoever may read their parent (PARENT_ACCESS).
 * Shared catalog rows: readable by the role, written only by a
 * privileged role (DENY for the role). The application's own users table: each user reads and updates their own row;
 * sign-up and account deletion are the privileged role's. A tenant: created by any user, who then adds themself as
 * its first member; read by its members or its creator.
 */
public final class RowLevelSecurityPass implements DesignPass {

    /** One command's rule, with the policy name's suffix and the sentence the documents show for it. */
    private record Rule(PolicyRule rule, String suffix, String why) {
        static Rule of(PolicyRule rule, String why) {
            return new Rule(rule, rule.kind().name().toLowerCase(Locale.ROOT), why);
        }
    }

    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        boolean supabase = m.stack().auth() == AuthProvider.SUPABASE;
        String role = supabase ? ModelQueries.SUPABASE_ROLE : ModelQueries.APPLICATION_ROLE;
        Owners owners = new Owners(m, supabase);
        List<Membership> memberships = memberships(m);
        // first the tables whose rows name their owner, tenant or owned parent; then, until nothing changes, the rows
        // under a row the user may read (grandchildren at any depth); whatever is left is shared or unreachable
        Map<String, PolicyRule> reads = new HashMap<>();
        Map<String, Map<PolicyCommand, Rule>> decided = new HashMap<>();
        for (Table t : m.tables()) {
            if (!t.policies().isEmpty()) {
                t.policies().stream().filter(p -> p.command() == PolicyCommand.SELECT).findFirst().ifPresent(p -> reads.put(t.name(), p.rule()));
                continue;
            }
            direct(m, t, owners, memberships).ifPresent(rules -> {
                decided.put(t.name(), rules);
                reads.put(t.name(), rules.get(PolicyCommand.SELECT).rule());
            });
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Table t : m.tables()) {
                if (t.policies().isEmpty() && !decided.containsKey(t.name())) {
                    Optional<Map<PolicyCommand, Rule>> rules = underReadableParent(t, owners, memberships, reads);
                    if (rules.isPresent()) {
                        decided.put(t.name(), rules.get());
                        reads.put(t.name(), rules.get().get(PolicyCommand.SELECT).rule());
                        changed = true;
                    }
                }
            }
        }
        List<Table> out = new ArrayList<>();
        for (Table t : m.tables()) {
            if (!t.policies().isEmpty()) {
                out.add(t.withRlsEnabled(true));
                continue;
            }
            Map<PolicyCommand, Rule> rules = decided.containsKey(t.name()) ? decided.get(t.name()) : unowned(t, owners, reads);
            List<Policy> policies = new ArrayList<>();
            for (PolicyCommand cmd : PolicyCommand.values()) {
                Rule r = rules.get(cmd);
                String verb = cmd.name().toLowerCase(Locale.ROOT);
                policies.add(new Policy(Identifiers.derived(t.name(), verb + "_" + r.suffix()), cmd, role, r.rule(),
                        r.why().replace("{verb}", verb), t.sources()));
            }
            out.add(t.withRlsEnabled(true).withPolicies(policies));
        }
        return m.withTables(out);
    }

    /** The rules of a table whose own row says who may use it; the first case that applies wins. */
    private static Optional<Map<PolicyCommand, Rule>> direct(SchemaModel m, Table t, Owners owners, List<Membership> memberships) {
        if (owners.isApplicationUsers(t)) {
            Rule own = Rule.of(PolicyRule.owner(t.primaryKey().get(0)), "users {verb} only their own account row");
            Rule privileged = Rule.of(PolicyRule.deny(), "accounts are created and deleted by the privileged role (sign-up, account removal), not "
                    + ModelQueries.APPLICATION_ROLE);
            return Optional.of(byCommand(own, privileged, own, privileged));
        }
        Optional<Membership> membershipTable = memberships.stream().filter(ms -> ms.members().name().equals(t.name())).findFirst();
        if (membershipTable.isPresent()) {
            return Optional.of(membershipRules(m, membershipTable.get(), owners));
        }
        Optional<Membership> tenantOfThis = memberships.stream()
                .filter(ms -> ms.tenant().equals(t.name()) && ms.toTenant().refColumns().equals(List.of("id"))).findFirst();
        if (tenantOfThis.isPresent()) {
            return Optional.of(tenantRules(t, tenantOfThis.get(), owners));
        }
        Optional<Rule> tenantData = tenantDataRule(t, memberships);
        if (tenantData.isPresent()) {
            return Optional.of(same(tenantData.get()));
        }
        Optional<String> owner = owners.column(t);
        if (owner.isPresent()) {
            Rule own = Rule.of(PolicyRule.owner(owner.get()), "users {verb} only their own rows");
            Optional<String> recipient = owners.recipient(t, owner.get());
            if (recipient.isPresent()) {
                // the user a row names (a recipient, a client, an assignee) reads it; only its owner changes it
                Rule read = new Rule(PolicyRule.owner(owner.get()).orOwner(recipient.get()), "owner_or_" + recipient.get(),
                        "the owner and the user named in " + recipient.get() + " read a row; only the owner changes it");
                return Optional.of(byCommand(read, own, own, own));
            }
            return Optional.of(same(own));
        }
        Optional<PolicyRule> parent = owners.ownedParent(t);
        return parent.map(p -> same(Rule.of(p, "users {verb} rows of " + p.parentTable() + " they own")));
    }

    /**
     * Rows under a row the user may read by its own SELECT policy (a child of tenant data, a grandchild of an owned
     * row): the same user may use them. Shared and privileged parents pass nothing down.
     */
    private static Optional<Map<PolicyCommand, Rule>> underReadableParent(Table t, Owners owners, List<Membership> memberships,
                                                                         Map<String, PolicyRule> reads) {
        for (ForeignKey fk : t.foreignKeys()) {
            Optional<Table> parent = owners.referencedParent(t, fk);
            if (parent.isEmpty() || !grantsUsers(reads.get(parent.get().name()))
                    || memberships.stream().anyMatch(ms -> ms.members().name().equals(fk.refTable()))) {
                continue;
            }
            Optional<Integer> at = Owners.identifyingColumn(parent.get(), fk);
            if (at.isPresent()) {
                PolicyRule rule = PolicyRule.parentAccess(fk.columns().get(at.get()), parent.get().name(), fk.refColumns().get(at.get()));
                return Optional.of(same(Rule.of(rule, "users {verb} rows under the " + parent.get().name() + " rows they may read")));
            }
        }
        return Optional.empty();
    }

    /** A SELECT rule that lets some users, not all and not none, read a row. */
    private static boolean grantsUsers(PolicyRule read) {
        return read != null && read.kind() != PolicyRuleKind.AUTHENTICATED && read.kind() != PolicyRuleKind.DENY;
    }

    /** No owner on any path: shared data, unless it sits under users' rows by a key no policy can follow. */
    private static Map<PolicyCommand, Rule> unowned(Table t, Owners owners, Map<String, PolicyRule> reads) {
        boolean underUsersRows = t.foreignKeys().stream().anyMatch(fk -> owners.referencedParent(t, fk).map(p -> grantsUsers(reads.get(p.name()))).orElse(false));
        if (underUsersRows) {
            // e.g. a composite key into a membership table: reading it as shared data would show one user's rows to all
            return same(Rule.of(PolicyRule.deny(), "rows under users' rows by a key no policy can follow (composite): the privileged role only"));
        }
        // "authenticated" is the Supabase role's name; the application's role reads shared rows under its own name
        Rule read = new Rule(PolicyRule.authenticated(), owners.supabase ? "authenticated" : "shared", "shared data: readable by every signed-in user");
        Rule write = Rule.of(PolicyRule.deny(), "shared data: written by the privileged role only");
        return byCommand(read, write, write, write);
    }

    private static Map<PolicyCommand, Rule> same(Rule rule) {
        return byCommand(rule, rule, rule, rule);
    }

    private static Map<PolicyCommand, Rule> byCommand(Rule select, Rule insert, Rule update, Rule delete) {
        Map<PolicyCommand, Rule> rules = new EnumMap<>(PolicyCommand.class);
        rules.put(PolicyCommand.SELECT, select);
        rules.put(PolicyCommand.INSERT, insert);
        rules.put(PolicyCommand.UPDATE, update);
        rules.put(PolicyCommand.DELETE, delete);
        return rules;
    }

    /**
     * The tenant row: its members or its creator read it (INSERT ... RETURNING needs SELECT on the new row before any
     * membership exists, and a lookup cannot see a row its own statement inserts); its creator creates, renames and
     * deletes it. Without a creator column (a plan's own tenant table) only its members read it, and the privileged
     * role writes it.
     */
    private static Map<PolicyCommand, Rule> tenantRules(Table t, Membership ms, Owners owners) {
        Optional<String> creator = owners.creator(t);
        if (creator.isEmpty()) {
            Rule read = Rule.of(ms.rule("id"), "members read their own " + t.name() + " row");
            Rule write = Rule.of(PolicyRule.deny(), t.name() + " rows are written by the privileged role only");
            return byCommand(read, write, write, write);
        }
        String one = Inflection.singular(t.name());
        Rule read = new Rule(ms.rule("id").orOwner(creator.get()), "member_or_creator", "members and the creator read a " + one);
        Rule byCreator = new Rule(PolicyRule.owner(creator.get()), "creator",
                "any user creates a " + one + " as its creator (" + creator.get() + " is the current user)");
        Rule creatorOnly = new Rule(PolicyRule.owner(creator.get()), "creator", "only its creator may {verb} a " + one + "; members manage its data");
        return byCommand(read, byCreator, creatorOnly, creatorOnly);
    }

    /**
     * The membership rows: members see who else belongs (and each user their own rows); the tenant's creator adds,
     * changes and removes members, its first member being themself as owner; a member may leave. Joining anyone else's
     * tenant goes through the privileged role (an accepted invitation).
     */
    private static Map<PolicyCommand, Rule> membershipRules(SchemaModel m, Membership ms, Owners owners) {
        String user = ms.userColumn();
        String one = Inflection.singular(ms.tenant());
        Rule read = new Rule(ms.rule(ms.key()).orOwner(user), "member_or_self", "members see the members of their " + one + "; users see their own memberships");
        Optional<String> creator = m.table(ms.tenant()).flatMap(owners::creator);
        if (creator.isEmpty()) {
            Rule privileged = Rule.of(PolicyRule.deny(), "memberships are granted by the privileged role only");
            return byCommand(read, privileged, privileged, Rule.of(PolicyRule.owner(user), "members leave: users delete only their own membership"));
        }
        PolicyRule byCreator = PolicyRule.parentOwner(ms.key(), ms.tenant(), "id", creator.get());
        Rule manage = new Rule(byCreator, "creator", "the " + one + "'s creator may {verb} its members (first themself, as owner)");
        Rule remove = new Rule(byCreator.orOwner(user), "creator_or_self", "the " + one + "'s creator removes members; a member may leave");
        return byCommand(read, manage, manage, remove);
    }

    /** A membership table the tenancy pass made ({@code <tenant>_members}): tenant key + user id, and its FK to the tenant. */
    private record Membership(Table members, String key, String userColumn, ForeignKey toTenant) {
        String tenant() {
            return toTenant.refTable();
        }

        PolicyRule rule(String column) {
            return PolicyRule.tenantMember(column, members.name(), key, userColumn);
        }
    }

    private static List<Membership> memberships(SchemaModel m) {
        List<Membership> out = new ArrayList<>();
        for (Table members : m.tables()) {
            if (members.kind() != TableKind.JOIN || !members.hasColumn("user_id") || members.primaryKey().size() != 2) {
                continue;
            }
            String key = members.primaryKey().get(0);
            Optional<ForeignKey> toTenant = members.foreignKeys().stream().filter(f -> f.columns().equals(List.of(key)) && !f.external()).findFirst();
            if (toTenant.isPresent() && members.name().startsWith(Inflection.singular(toTenant.get().refTable()) + "_member")) {
                out.add(new Membership(members, key, "user_id", toTenant.get()));
            }
        }
        return out;
    }

    /** Tenant-owned rows (an FK to a tenant) are for the tenant's members, through the membership table. */
    private static Optional<Rule> tenantDataRule(Table t, List<Membership> memberships) {
        for (Membership ms : memberships) {
            Optional<ForeignKey> toTenant = t.foreignKeys().stream().filter(f -> !f.external() && f.refTable().equals(ms.tenant())
                    && f.columns().size() == 1 && f.refColumns().equals(List.of("id"))).findFirst();
            if (toTenant.isPresent()) {
                String column = toTenant.get().columns().get(0);
                return Optional.of(Rule.of(ms.rule(column), "members {verb} rows of their own " + Inflection.singular(ms.tenant())));
            }
        }
        return Optional.empty();
    }

    /** Where the current user's id sits: auth.users with Supabase, the application's users table otherwise. */
    private static final class Owners {
        private final SchemaModel m;
        private final boolean supabase;
        private final String usersTable;

        Owners(SchemaModel m, boolean supabase) {
            this.m = m;
            this.supabase = supabase;
            this.usersTable = supabase ? "users" : ModelQueries.userTable(m);
        }

        /** The application's users table itself (not a Supabase profile, whose id references auth.users). */
        boolean isApplicationUsers(Table t) {
            return !supabase && t.description().equals(ModelQueries.APPLICATION_USERS) && t.primaryKey().size() == 1;
        }

        /** A single-column FK to the user id. */
        private boolean toUsers(ForeignKey fk) {
            return fk.columns().size() == 1 && fk.refColumns().size() == 1 && (supabase
                    ? fk.external() && fk.refTable().equals(usersTable)
                    : !fk.external() && fk.refTable().equals(usersTable) && m.table(usersTable).map(this::isApplicationUsers).orElse(false));
        }

        /**
         * The owner column: a reference to the user id, {@code user_id} first; audit columns (who created or changed a
         * row) record history, not ownership, and a tenant's creator is handled with the tenant.
         */
        Optional<String> column(Table t) {
            List<String> candidates = t.foreignKeys().stream().filter(this::toUsers).map(fk -> fk.columns().get(0))
                    .filter(c -> !t.column(c).map(ModelQueries::isAuditColumn).orElse(false)).toList();
            return candidates.contains("user_id") ? Optional.of("user_id") : candidates.stream().findFirst();
        }

        /**
         * A second reference to the user id besides the owner: the person a row is for (a recipient, a client, an
         * assignee). Audit columns and a tenant's creator are history and administration, not readers.
         */
        Optional<String> recipient(Table t, String owner) {
            return t.foreignKeys().stream().filter(this::toUsers).map(fk -> fk.columns().get(0))
                    .filter(c -> !c.equals(owner) && !c.matches("(?:created|updated|deleted|modified)_by(?:_id)?"))
                    .filter(c -> !t.column(c).map(ModelQueries::isAuditColumn).orElse(false)).findFirst();
        }

        Optional<String> creator(Table tenant) {
            return tenant.foreignKeys().stream().filter(this::toUsers).map(fk -> fk.columns().get(0))
                    .filter(ModelQueries.CREATOR_COLUMN::equals).findFirst();
        }

        /**
         * The first parent (not itself) that has an owner, reached by a column whose value alone identifies the parent
         * row: a composite FK qualifies through a member column that is the parent's key or unique on its own.
         */
        Optional<PolicyRule> ownedParent(Table t) {
            for (ForeignKey fk : t.foreignKeys()) {
                Optional<Table> parent = referencedParent(t, fk);
                Optional<String> parentOwner = parent.flatMap(this::column);
                Optional<Integer> at = parent.flatMap(p -> identifyingColumn(p, fk));
                if (parentOwner.isPresent() && at.isPresent()) {
                    return Optional.of(PolicyRule.parentOwner(fk.columns().get(at.get()), parent.get().name(), fk.refColumns().get(at.get()), parentOwner.get()));
                }
            }
            return Optional.empty();
        }

        /** The table an FK points at, unless it is outside the model, the table itself or the users table. */
        Optional<Table> referencedParent(Table t, ForeignKey fk) {
            return fk.external() || fk.refTable().equals(t.name()) ? Optional.empty() : m.table(fk.refTable()).filter(p -> !isApplicationUsers(p));
        }

        /** The position of an FK column whose referenced column alone identifies a parent row (its key or unique). */
        static Optional<Integer> identifyingColumn(Table parent, ForeignKey fk) {
            for (int i = 0; i < fk.refColumns().size(); i++) {
                String column = fk.refColumns().get(i);
                if (parent.primaryKey().equals(List.of(column)) || parent.uniques().stream().anyMatch(u -> u.columns().equals(List.of(column)))) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        }
    }
}
