package dev.schemawright.modeling.intake;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.KeyStrategy;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.TargetStack;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.RequirementKind;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stack facts: database engine, auth provider (Supabase Auth means users live in auth.users), key strategy (identity
 * only when the documents ask for auto-increment keys) and ORM, from tech-stack requirements first, then anywhere.
 */
public final class StackFactsPass implements DesignPass {
    private static final Pattern NO_SUPABASE_AUTH = Pattern.compile("(?s).*(without|no|not using) supabase auth.*");
    /** Lower-case words one of which every alternative of IDENTITY_KEYS contains. */
    private static final java.util.List<String> IDENTITY_WORDS = java.util.List.of("auto_increment", "auto-increment", "autoincrement",
            "identity strategy", "serial", "generated always as identity", "identity for all");
    private static final Pattern IDENTITY_KEYS = Pattern.compile("(?s).*(auto_increment|auto-increment|autoincrement|identity strategy|bigserial|\\bserial\\b|"
            + "generated always as identity|identity for all).*");

    @Override
    public SchemaModel apply(DesignContext ctx) {
        StringBuilder stack = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (Statement s : ctx.intake().statements()) {
            String t = s.text().toLowerCase(Locale.ROOT);
            all.append(t).append('\n');
            if (s.role() == DocumentRole.TECH_STACK || s.kind() == RequirementKind.TECH_STACK) {
                stack.append(t).append('\n');
            }
        }
        String facts = stack.length() > 0 ? stack.toString() : all.toString();
        String database = facts.contains("supabase") || facts.contains("postgres") ? "PostgreSQL"
                : facts.contains("mysql") ? "MySQL" : facts.contains("sqlite") ? "SQLite" : facts.contains("h2") ? "H2" : "PostgreSQL";
        String allText = all.toString();
        // the contains() checks are words every alternative needs: the regexes then run on few documents
        boolean supabaseAuth = (facts.contains("supabase") || allText.contains("auth.users"))
                && !(facts.contains("supabase auth") && NO_SUPABASE_AUTH.matcher(facts).matches());
        KeyStrategy keys = !supabaseAuth && IDENTITY_WORDS.stream().anyMatch(allText::contains) && IDENTITY_KEYS.matcher(allText).matches()
                ? KeyStrategy.IDENTITY : KeyStrategy.UUID;
        String orm = facts.contains("prisma") ? "Prisma" : facts.contains("sqlmodel") ? "SQLModel" : facts.contains("sqlalchemy") ? "SQLAlchemy"
                : facts.contains("jpa") || facts.contains("hibernate") ? "JPA" : facts.contains("drizzle") ? "Drizzle"
                : facts.contains("supabase") ? "supabase-js" : "";
        return ctx.model().withStack(new TargetStack(database, supabaseAuth ? AuthProvider.SUPABASE : AuthProvider.APPLICATION, keys, orm));
    }
}
