package dev.schemawright.render.postgres;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.render.postgres.PostgresStatements.AccessFunction;
import dev.schemawright.render.sql.CreationOrder;
import dev.schemawright.render.sql.EnumTypeNames;
import dev.schemawright.render.sql.SqlComments;
import java.util.ArrayList;
import java.util.List;

/**
 * schema.postgres.sql: extensions, enums, tables in FK order (cycle-closing FKs added afterwards), comments with
 * requirement ids, indexes, the updated_at trigger and row-level security. Supabase mode refers to auth.users and
 * auth.uid(); plain mode reads the user id from the {@code app.current_user_id} setting and creates its roles.
 * Each statement comes from {@link PostgresStatements}, which migrations share.
 */
public final class PostgresRenderer {
    /** The setting a plain-PostgreSQL application sets per transaction: SET LOCAL app.current_user_id = '...'. */
    public static final String CURRENT_USER_SETTING = "app.current_user_id";
    /**
     * Where the SECURITY DEFINER lookup functions live: not in public, which PostgREST (Supabase's API) exposes as RPC
     * endpoints. The policies' roles may use the schema, nobody else may.
     */
    public static final String HELPER_SCHEMA = "private";

    public String render(SchemaModel input) {
        PostgresStatements s = PostgresStatements.of(input);
        SchemaModel model = s.model();
        CreationOrder order = s.order();
        StringBuilder out = new StringBuilder();
        out.append("-- schema.postgres.sql: ").append(SqlComments.line(model.title())).append(" (project ")
                .append(SqlComments.line(model.projectId())).append("), rendered by Schemawright.\n");
        if (s.supabase()) {
            out.append("-- Target: Supabase PostgreSQL. Users live in auth.users; policies use (select auth.uid()) and role authenticated.\n");
        } else if (model.tables().stream().anyMatch(Table::rlsEnabled)) {
            List<String> roles = s.policyRoles().stream().filter(r -> !PostgresStatements.isPublic(r)).toList();
            out.append("-- Target: PostgreSQL 13+. Policies read the current user from the setting ").append(CURRENT_USER_SETTING);
            if (roles.isEmpty()) {
                out.append(":\n");
            } else {
                out.append(" and apply to ").append(SqlComments.line(String.join(", ", roles)))
                        .append(".\n-- The application logs in as a role granted ").append(SqlComments.line(roles.get(0)))
                        .append(" and starts every transaction with:\n--   SET LOCAL ROLE ").append(SqlComments.line(s.quote(roles.get(0)))).append(";\n");
            }
            out.append("--   SET LOCAL ").append(CURRENT_USER_SETTING).append(" = '<user id>';\n")
                    .append("-- The role that runs this script owns the tables and bypasses the policies: account sign-up and deletion and\n")
                    .append("-- writes to shared data go through it (or another BYPASSRLS role), never through the application's role.\n");
        } else if (s.usesCurrentUserDefault()) {
            out.append("-- Target: PostgreSQL 13+. Defaults read the current user from the setting ").append(CURRENT_USER_SETTING)
                    .append(":\n--   SET LOCAL ").append(CURRENT_USER_SETTING).append(" = '<user id>';\n");
        } else {
            out.append("-- Target: PostgreSQL 13+.\n");
        }
        out.append("-- Runs in one transaction. gen_random_uuid() is built into PostgreSQL 13+, so pgcrypto is not needed.\n");

        if (s.usesTrigram()) {
            out.append("\nCREATE EXTENSION IF NOT EXISTS pg_trgm;\n");
        }
        if (!model.enums().isEmpty()) {
            out.append("\n-- Enumerations\n");
            for (EnumType e : model.enums()) {
                out.append(s.createEnum(e)).append('\n');
            }
        }
        for (Table t : order.tables()) {
            out.append('\n').append(s.createTable(t));
        }
        List<String> deferred = new ArrayList<>();
        for (Table t : order.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (order.isDeferred(t, fk)) {
                    deferred.add("ALTER TABLE " + s.quote(t.name()) + " ADD " + s.foreignKeyConstraint(fk) + ";");
                }
            }
        }
        if (!deferred.isEmpty()) {
            out.append("\n-- Foreign keys that close a reference cycle, added once every table exists\n");
            deferred.forEach(st -> out.append(st).append('\n'));
        }
        List<String> indexes = new ArrayList<>();
        for (Table t : order.tables()) {
            for (Index ix : s.indexes(t)) {
                indexes.add(s.createIndex(t, ix));
            }
        }
        if (!indexes.isEmpty()) {
            out.append("\n-- Indexes\n");
            indexes.forEach(st -> out.append(st).append('\n'));
        }
        List<Table> stamped = s.stampedTables();
        if (!stamped.isEmpty()) {
            out.append("\n-- updated_at is maintained by the database, whichever client writes the row\n")
                    .append(PostgresStatements.SET_UPDATED_AT_FUNCTION).append('\n');
            stamped.forEach(t -> out.append(s.createUpdatedAtTrigger(t)).append('\n'));
        }
        rowLevelSecurity(out, s, order.tables());
        return out.toString();
    }

    private static void rowLevelSecurity(StringBuilder out, PostgresStatements s, List<Table> tables) {
        List<Table> secured = tables.stream().filter(Table::rlsEnabled).toList();
        if (secured.isEmpty()) {
            return;
        }
        out.append("\n-- Row-level security: one policy per command\n");
        s.createdRoles().forEach(role -> out.append(s.createRole(role)).append('\n'));
        out.append(accessFunctions(s));
        for (Table t : secured) {
            out.append(s.enableRowLevelSecurity(t)).append('\n');
            s.policies(t).forEach(p -> out.append(p.statement()).append('\n'));
            s.grantedRoles(t).forEach(role -> out.append(s.grant(t, role)).append('\n'));
        }
    }

    /** The PostgreSQL type of a logical type (enum names without a model: only the built-in-name rule applies). */
    public String type(ColumnType t) {
        return PostgresStatements.type(t, EnumTypeNames.withoutModel());
    }

    /** The PostgreSQL type of a logical type, enum types named as this model's schema names them. */
    public String type(ColumnType t, EnumTypeNames enumNames) {
        return PostgresStatements.type(t, enumNames);
    }

    /** The DEFAULT expression of a column in this model's PostgreSQL schema (null when it has none). */
    public String defaultExpression(SchemaModel model, Column c) {
        return new PostgresStatements(model).defaultExpression(c);
    }

    /** The CREATE POLICY statement of one policy, as schema.postgres.sql has it. */
    public String createPolicy(SchemaModel model, Table t, Policy p) {
        return new PostgresStatements(model).createPolicy(t, p);
    }

    /**
     * The helper schema and every lookup function the policies call, in creation order (see
     * {@link PostgresStatements#accessFunctions()}); empty when no policy calls one.
     */
    public String accessFunctions(SchemaModel model) {
        return accessFunctions(new PostgresStatements(model));
    }

    private static String accessFunctions(PostgresStatements s) {
        List<AccessFunction> functions = s.accessFunctions();
        if (functions.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        s.createHelperSchema().forEach(st -> out.append(st).append('\n'));
        functions.forEach(f -> out.append(f.statement()).append('\n'));
        return out.toString();
    }
}
