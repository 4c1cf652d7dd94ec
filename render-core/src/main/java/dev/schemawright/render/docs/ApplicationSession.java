package dev.schemawright.render.docs;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.render.postgres.PostgresRenderer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How an application that owns its users runs under the PostgreSQL policies: which role it switches to, which setting
 * carries the user id, and who may bypass them. Said once so db-plan.md and design.md say the same.
 */
final class ApplicationSession {
    private ApplicationSession() {
    }

    /** Empty unless the application owns the users and some table has row-level security. */
    static String howToConnect(SchemaModel m) {
        if (m.stack().auth() != AuthProvider.APPLICATION || m.tables().stream().noneMatch(Table::rlsEnabled)) {
            return "";
        }
        Set<String> roles = new LinkedHashSet<>();
        m.tables().stream().filter(Table::rlsEnabled).forEach(t -> t.policies().forEach(p -> roles.add(p.role())));
        roles.removeIf(r -> r.equalsIgnoreCase("public"));
        String setting = "`SET LOCAL " + PostgresRenderer.CURRENT_USER_SETTING + " = '<user id>'`";
        String owner = " The role that runs `schema.postgres.sql` owns the tables and bypasses the policies: account sign-up and deletion and "
                + "writes to shared data go through it (or another `BYPASSRLS` role), never through the application's role.";
        if (roles.isEmpty()) {
            return "The application starts every transaction with " + setting + "." + owner;
        }
        List<String> names = roles.stream().map(Markdown::code).toList();
        String first = roles.iterator().next();
        return "Policies apply to " + String.join(", ", names) + ": the application logs in as a role granted " + names.get(0)
                + " and starts every transaction with " + Markdown.code("SET LOCAL ROLE " + first) + " and " + setting
                + " (the user id is taken on trust, so only the application may connect)." + owner;
    }
}
