package dev.schemawright.modeling;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.modeling.domain.EntityNames;
import dev.schemawright.modeling.lang.Identifiers;
import dev.schemawright.modeling.lang.Inflection;
import java.util.List;

/**
 * Questions the passes ask of a model under construction, in one place, so that no pass reaches into another for them:
 * which table plays the users role, where a table sits in a list, a domain name's table name, which columns record who
 * changed a row, and the database roles and columns the policies use.
 */
public final class ModelQueries {
    /** Marks the table that plays the users role when the application owns authentication. */
    public static final String APPLICATION_USERS = "Application users (sign in with their own credentials)";

    /** The role Supabase runs signed-in users' requests as. */
    public static final String SUPABASE_ROLE = "authenticated";
    /** The role the application switches to (SET LOCAL ROLE) for a signed-in user's work when it owns the users table. */
    public static final String APPLICATION_ROLE = "app_user";
    /** The tenant's creator: lets a user create a tenant and join it as its first member (see RowLevelSecurityPass). */
    public static final String CREATOR_COLUMN = "created_by";
    /** How an audit column (created_by, updated_by) describes itself. */
    public static final String AUDIT_DESCRIPTION = "audit: who ";

    private ModelQueries() {
    }

    /** The physical table name of a domain name: plural snake_case, within PostgreSQL's identifier length, never reserved. */
    public static String tableName(String domainName) {
        String n = Identifiers.truncate(Inflection.plural(Identifiers.snake(domainName)), Identifiers.MAX_BYTES);
        return n.isEmpty() || Identifiers.isReserved(n) ? Identifiers.safe(n.isEmpty() ? "entity" : n) : n;
    }

    /** Whether a column records who created or last changed its row (the audit NFR). */
    public static boolean isAuditColumn(Column c) {
        return c.description().startsWith(AUDIT_DESCRIPTION);
    }

    /** The table other tables' owner columns point at when the application owns users. */
    public static String userTable(SchemaModel m) {
        return m.tables().stream().filter(t -> t.description().equals(APPLICATION_USERS)).map(Table::name).findFirst().orElse(EntityNames.USER);
    }

    /** The position of table {@code name} in {@code tables}, or -1. */
    public static int indexOf(List<Table> tables, String name) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
