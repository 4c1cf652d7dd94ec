package dev.schemawright.modeling.explain;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Cardinality;
import dev.schemawright.contracts.model.Decision;
import dev.schemawright.contracts.model.KeyStrategy;
import dev.schemawright.contracts.model.PolicyRuleKind;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.intake.Statement;
import dev.schemawright.modeling.physical.RowLevelSecurityPass;
import dev.schemawright.modeling.physical.UsersTablePass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The design decisions a reviewer should see, each with the alternative not taken: where users live, the key
 * strategy, timestamps, row-level security, and every many-to-many link. ON DELETE rationales travel on each FK.
 */
public final class DecisionPass implements DesignPass {
    private static final Pattern STACK_WORDS = Pattern.compile(".*\\b(supabase|postgres(ql)?|auth(entication)?|database)\\b.*");

    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        List<Decision> out = new ArrayList<>(m.decisions());
        List<String> stackSources = ctx.intake().statements().stream()
                .filter(s -> STACK_WORDS.matcher(s.text().toLowerCase(Locale.ROOT)).matches())
                .map(Statement::id).distinct().limit(5).toList();
        boolean supabase = m.stack().auth() == AuthProvider.SUPABASE;
        add(out, "auth", "users", supabase ? "Users live in Supabase Auth: owner columns reference auth.users(id); profiles holds app data per user"
                        : "The application owns a users table (unique login, password hash only)",
                supabase ? "A separate application users table duplicating auth.users" : "An external identity provider table",
                "From the tech stack", stackSources);
        add(out, "keys", "primary keys", m.stack().keys() == KeyStrategy.UUID ? "uuid keys with gen_random_uuid() defaults"
                        : "bigint identity keys (generated always as identity)",
                m.stack().keys() == KeyStrategy.UUID ? "bigint identity keys" : "uuid keys",
                m.stack().keys() == KeyStrategy.UUID ? "Ids are safe to expose and merge across environments; Supabase Auth ids are uuids"
                        : "The documents ask for auto-increment keys", stackSources);
        add(out, "timestamps", "timestamps", "created_at on every table, updated_at (trigger-maintained) on mutable ones; append-only logs have no updated_at",
                "No audit timestamps", "Convention: every row records when it was made and last changed", List.of());
        if (m.tables().stream().anyMatch(Table::rlsEnabled)) {
            rowLevelSecurity(out, m, supabase, stackSources);
        }
        for (Relationship r : m.relationships()) {
            // the normalization trail already explains the join tables it made
            boolean explained = out.stream().anyMatch(d -> d.id().equals(Decision.NORMALIZATION_PREFIX + "many-to-many-" + r.via()));
            if (r.cardinality() == Cardinality.MANY_TO_MANY && !explained) {
                add(out, "m2m-" + r.via(), "many-to-many " + r.from() + " / " + r.to(), "Join table " + r.via() + " with a composite primary key",
                        "An array column on " + r.from() + " (no referential integrity, no per-link data)", "Links are " + r.label(), r.sources());
            }
        }
        long logs = m.tables().stream().filter(t -> t.kind() == TableKind.LOG).count();
        boolean logsExplained = out.stream().anyMatch(d -> d.id().startsWith(Decision.NORMALIZATION_PREFIX + "append-only-"));
        if (logs > 0 && !logsExplained) {
            add(out, "logs", "append-only tables", logs + " append-only table(s) keep history rows immutable", "Overwriting rows in place",
                    "Events and logs are facts that happened; they are inserted, not updated", List.of());
        }
        return m.withDecisions(out);
    }

    /**
     * Row-level security for both auth modes. With application-owned users the user id travels in a per-transaction
     * setting ({@code app.current_user_id}, as render-core's PostgresRenderer.CURRENT_USER_SETTING names it).
     */
    private static void rowLevelSecurity(List<Decision> out, SchemaModel m, boolean supabase, List<String> sources) {
        boolean tenancy = m.tables().stream().flatMap(t -> t.policies().stream()).anyMatch(p -> p.rule().kind() == PolicyRuleKind.TENANT_MEMBER);
        String tenants = tenancy ? "; tenant data is shared by the tenant's members, and any user may create a tenant and join it as owner" : "";
        if (supabase) {
            add(out, "rls", "row-level security", "RLS on every table, one policy per command for role " + RowLevelSecurityPass.SUPABASE_ROLE
                            + ", owner check with (select auth.uid()); children follow their parent's owner" + tenants
                            + "; shared data is written by service_role only",
                    "Access control only in the application layer", "Supabase exposes tables through its API, so the database must enforce ownership", sources);
            return;
        }
        String users = UsersTablePass.userTable(m);
        boolean postgres = m.stack().database().toLowerCase(Locale.ROOT).contains("postgres");
        add(out, "rls", "row-level security", "RLS on every table, one policy per command for role " + RowLevelSecurityPass.APPLICATION_ROLE
                        + ": the application logs in as a role granted " + RowLevelSecurityPass.APPLICATION_ROLE + " and starts each transaction with SET LOCAL ROLE "
                        + RowLevelSecurityPass.APPLICATION_ROLE + " and SET LOCAL app.current_user_id; owners use their rows, children follow their parent's owner"
                        + tenants + "; each user reads and updates only their own " + users + " row, while sign-up, account deletion and writes to shared"
                        + " data run as the schema owner (which bypasses RLS)",
                "Access control only in the application layer (every query filters by owner)",
                "The application owns its users, so the database cannot know who asks unless the application says so per transaction; then a query"
                        + " that forgets its owner filter still cannot reach another user's rows"
                        + (postgres ? "" : " (the policies apply when the schema runs on PostgreSQL; on " + m.stack().database()
                        + " the application must filter by owner itself)"), sources);
    }

    private static void add(List<Decision> out, String id, String topic, String choice, String alternative, String rationale, List<String> sources) {
        String full = "decision-" + id;
        if (out.stream().noneMatch(d -> d.id().equals(full))) {
            out.add(new Decision(full, topic, choice, alternative, rationale, sources));
        }
    }
}
