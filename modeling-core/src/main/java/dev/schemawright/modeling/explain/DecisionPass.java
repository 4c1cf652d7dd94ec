package dev.schemawright.modeling.explain;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Cardinality;
import dev.schemawright.contracts.model.Decision;
import dev.schemawright.contracts.model.KeyStrategy;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.intake.Statement;
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
        if (supabase) {
            add(out, "rls", "row-level security", "RLS on every table, one policy per command, owner check with (select auth.uid())",
                    "Access control only in the application layer", "Supabase exposes tables through its API, so the database must enforce ownership", stackSources);
        }
        for (Relationship r : m.relationships()) {
            if (r.cardinality() == Cardinality.MANY_TO_MANY) {
                add(out, "m2m-" + r.via(), "many-to-many " + r.from() + " / " + r.to(), "Join table " + r.via() + " with a composite primary key",
                        "An array column on " + r.from() + " (no referential integrity, no per-link data)", "Links are " + r.label(), r.sources());
            }
        }
        long logs = m.tables().stream().filter(t -> t.kind() == TableKind.LOG).count();
        if (logs > 0) {
            add(out, "logs", "append-only tables", logs + " append-only table(s) keep history rows immutable", "Overwriting rows in place",
                    "Events and logs are facts that happened; they are inserted, not updated", List.of());
        }
        return m.withDecisions(out);
    }

    private static void add(List<Decision> out, String id, String topic, String choice, String alternative, String rationale, List<String> sources) {
        String full = "decision-" + id;
        if (out.stream().noneMatch(d -> d.id().equals(full))) {
            out.add(new Decision(full, topic, choice, alternative, rationale, sources));
        }
    }
}
