package dev.schemawright.modeling.explain;

import dev.schemawright.modeling.ModelQueries;
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
import dev.schemawright.modeling.read.DesignCues;
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
        List<String> ownerColumns = m.tables().stream().flatMap(t -> t.foreignKeys().stream()
                .filter(fk -> supabase ? fk.external() : fk.refTable().equals(ModelQueries.userTable(m)))
                .map(fk -> t.name() + "." + String.join(",", fk.columns()))).toList();
        add(out, "auth", "users", (supabase ? "Users live in Supabase Auth: " + few(ownerColumns) + " reference auth.users(id); profiles holds app data per user"
                        : "The application owns its users table " + ModelQueries.userTable(m) + " ("
                        + few(m.table(ModelQueries.userTable(m)).map(u -> u.columns().stream().map(c -> c.name()).toList()).orElse(List.of()))
                        + "; unique login, password hash only)" + (ownerColumns.isEmpty() ? "" : ", referenced by " + few(ownerColumns))),
                supabase ? "A separate application users table duplicating auth.users" : "An external identity provider table",
                stackQuote(ctx, stackSources), stackSources);
        List<String> keyed = m.tables().stream().filter(t -> t.primaryKey().size() == 1 && t.primaryKey().get(0).equals("id")).map(Table::name).toList();
        add(out, "keys", "primary keys", (m.stack().keys() == KeyStrategy.UUID ? "uuid keys with gen_random_uuid() defaults"
                        : "bigint identity keys (generated always as identity)") + " on " + few(keyed)
                        + (keyed.size() < m.tables().size() ? "; join and per-user tables are keyed by what they link" : ""),
                m.stack().keys() == KeyStrategy.UUID ? "bigint identity keys" : "uuid keys",
                m.stack().keys() == KeyStrategy.UUID ? "Ids are safe to expose and merge across environments; Supabase Auth ids are uuids"
                        : "The documents ask for auto-increment keys", stackSources);
        List<String> mutable = m.tables().stream().filter(t -> t.hasColumn("updated_at")).map(Table::name).toList();
        add(out, "timestamps", "timestamps", "created_at on " + few(m.tables().stream().map(Table::name).toList()) + "; updated_at, kept by a trigger, on "
                        + (mutable.isEmpty() ? "none" : few(mutable))
                        + (m.tables().stream().anyMatch(t -> t.kind() == TableKind.LOG) ? "; append-only logs have no updated_at" : ""),
                "No audit timestamps", "Convention: every row records when it was made and last changed", List.of());
        specificFlags(ctx, m, out);
        if (m.tables().stream().anyMatch(Table::rlsEnabled)) {
            rowLevelSecurity(out, m, supabase, stackSources);
            for (SharingPaths.Path p : SharingPaths.mapped(m, DesignCues.of(ctx).of(DesignCues.Kind.SHARING))) {
                add(out, p.id(), "who reads what: " + p.topic(), p.choice(), "Owner-only policies, with everyone else going through the service role",
                        "The documents say so: " + quote(p.cues().get(0).text()), p.cues().stream().map(DesignCues.Cue::source).distinct().toList());
            }
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
        String tenants = (tenancy ? "; tenant data is shared by the tenant's members, and any user may create a tenant and join it as owner" : "")
                + " (" + byReadRule(m) + ")";
        if (supabase) {
            add(out, "rls", "row-level security", "RLS on every table, one policy per command for role " + ModelQueries.SUPABASE_ROLE
                            + ", owner check with (select auth.uid()); children follow their parent's owner" + tenants
                            + "; shared data is written by service_role only",
                    "Access control only in the application layer", "Supabase exposes tables through its API, so the database must enforce ownership", sources);
            return;
        }
        String users = ModelQueries.userTable(m);
        boolean postgres = m.stack().database().toLowerCase(Locale.ROOT).contains("postgres");
        add(out, "rls", "row-level security", "RLS on every table, one policy per command for role " + ModelQueries.APPLICATION_ROLE
                        + ": the application logs in as a role granted " + ModelQueries.APPLICATION_ROLE + " and starts each transaction with SET LOCAL ROLE "
                        + ModelQueries.APPLICATION_ROLE + " and SET LOCAL app.current_user_id; owners use their rows, children follow their parent's owner"
                        + tenants + "; each user reads and updates only their own " + users + " row, while sign-up, account deletion and writes to shared"
                        + " data run as the schema owner (which bypasses RLS)",
                "Access control only in the application layer (every query filters by owner)",
                "The application owns its users, so the database cannot know who asks unless the application says so per transaction; then a query"
                        + " that forgets its owner filter still cannot reach another user's rows"
                        + (postgres ? "" : " (the policies apply when the schema runs on PostgreSQL; on " + m.stack().database()
                        + " the application must filter by owner itself)"), sources);
    }

    /** "owner: decks, games; through the parent: cards; shared: tags": which tables each kind of SELECT rule guards. */
    private static String byReadRule(SchemaModel m) {
        java.util.Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
        for (Table t : m.tables()) {
            t.policies().stream().filter(p -> p.command() == dev.schemawright.contracts.model.PolicyCommand.SELECT).findFirst().ifPresent(p -> {
                PolicyRuleKind k = p.rule().kind();
                String group = k == PolicyRuleKind.OWNER ? (p.rule().orOwnerColumn() == null ? "owner" : "owner or the user the row names")
                        : k == PolicyRuleKind.PARENT_OWNER || k == PolicyRuleKind.PARENT_ACCESS ? "through the parent"
                        : k == PolicyRuleKind.TENANT_MEMBER ? "members" : k == PolicyRuleKind.AUTHENTICATED ? "shared read" : "service role only";
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(t.name());
            });
        }
        List<String> parts = new ArrayList<>();
        groups.forEach((g, tables) -> parts.add(g + ": " + few(tables)));
        return String.join("; ", parts);
    }

    /**
     * The non-functional flags (soft delete, audit, tenancy) say where they landed and quote the sentence that asked for
     * them, instead of the same line in every project. Rewritten from the model each time, so a second run changes nothing.
     */
    private static void specificFlags(DesignContext ctx, SchemaModel m, List<Decision> out) {
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        ctx.intake().statements().forEach(st -> texts.putIfAbsent(st.id(), st.text()));
        ctx.intake().excluded().forEach(st -> texts.putIfAbsent(st.id(), st.text()));
        for (int i = 0; i < out.size(); i++) {
            Decision d = out.get(i);
            String column = d.id().equals(dev.schemawright.modeling.intake.NfrFlags.SOFT_DELETE.decisionId) ? "deleted_at"
                    : d.id().equals(dev.schemawright.modeling.intake.NfrFlags.AUDIT.decisionId) ? "created_by"
                    : d.id().equals(dev.schemawright.modeling.intake.NfrFlags.TENANCY.decisionId) ? "" : null;
            if (column == null) {
                continue;
            }
            List<String> tables = column.isEmpty()
                    ? m.tables().stream().filter(t -> t.policies().stream().anyMatch(p -> p.command() == dev.schemawright.contracts.model.PolicyCommand.SELECT
                            && p.rule().kind() == PolicyRuleKind.TENANT_MEMBER)).map(Table::name).toList()
                    : m.tables().stream().filter(t -> t.hasColumn(column)).map(Table::name).toList();
            String choice = column.equals("deleted_at")
                    ? "Soft delete on " + few(tables) + ": rows get deleted_at and unique indexes cover live rows only (WHERE deleted_at IS NULL)"
                    : column.isEmpty() ? "Tenant data read and written through membership: " + few(tables)
                    : "Audit columns created_by and updated_by on " + few(tables);
            // a sentence, not a bare identifier a plan listed
            String why = d.sources().stream().map(texts::get).filter(java.util.Objects::nonNull).filter(t -> t.strip().split("\\s+").length >= 4).findFirst()
                    .map(t -> "The documents ask for it: " + quote(t)).orElse(d.rationale());
            out.set(i, new Decision(d.id(), d.topic(), choice, d.alternative(), why, d.sources()));
        }
    }

    /** "The tech stack says: “...”", the first stack sentence the decision rests on. */
    private static String stackQuote(DesignContext ctx, List<String> sources) {
        // the first of the decision's stack sentences that speaks of sign-in, else the first of them
        List<Statement> stack = ctx.intake().statements().stream().filter(st -> sources.contains(st.id())).toList();
        return stack.stream().filter(st -> st.text().toLowerCase(Locale.ROOT).contains("auth")).findFirst().or(() -> stack.stream().findFirst())
                .map(st -> "The documents say: " + quote(st.text())).orElse("No stack note names an identity provider");
    }

    /** Up to five names, then how many more. */
    static String few(List<String> names) {
        if (names.isEmpty()) {
            return "no table";
        }
        return names.size() <= 5 ? String.join(", ", names) : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
    }

    private static String quote(String text) {
        String t = text.strip();
        return "“" + (t.length() > 160 ? t.substring(0, 160) + "…" : t) + "”";
    }

    private static void add(List<Decision> out, String id, String topic, String choice, String alternative, String rationale, List<String> sources) {
        String full = "decision-" + id;
        if (out.stream().noneMatch(d -> d.id().equals(full))) {
            out.add(new Decision(full, topic, choice, alternative, rationale, sources));
        }
    }
}
