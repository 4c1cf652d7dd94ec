package dev.schemawright.render.postgres;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.DefaultKind;
import dev.schemawright.contracts.model.DefaultValue;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexColumn;
import dev.schemawright.contracts.model.IndexMethod;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.PolicyCommand;
import dev.schemawright.contracts.model.PolicyRule;
import dev.schemawright.contracts.model.PolicyRuleKind;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.render.naming.NameAllocator;
import dev.schemawright.render.naming.PhysicalName;
import dev.schemawright.render.sql.CheckExpressions;
import dev.schemawright.render.sql.CreationOrder;
import dev.schemawright.render.sql.EnumTypeNames;
import dev.schemawright.render.sql.IndexPlan;
import dev.schemawright.render.sql.SqlComments;
import dev.schemawright.render.sql.KeyColumnsRequired;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * schema.postgres.sql: extensions, enums, tables in FK order (cycle-closing FKs added afterwards), comments with
 * requirement ids, indexes, the updated_at trigger and row-level security. Supabase mode refers to auth.users and
 * auth.uid(); plain mode reads the user id from the {@code app.current_user_id} setting and creates its roles.
 */
public final class PostgresRenderer {
    /** The setting a plain-PostgreSQL application sets per transaction: SET LOCAL app.current_user_id = '...'. */
    public static final String CURRENT_USER_SETTING = "app.current_user_id";
    private static final Set<String> SUPABASE_ROLES = Set.of("anon", "authenticated", "service_role");
    private static final String DOLLAR_TAG = "$sw$";

    private final PostgresDialect d = PostgresDialect.INSTANCE;

    public String render(SchemaModel input) {
        SchemaModel model = KeyColumnsRequired.apply(input);
        boolean supabase = model.stack().auth() == AuthProvider.SUPABASE;
        CreationOrder order = CreationOrder.of(model);
        IndexPlan indexPlan = IndexPlan.of(model);
        EnumTypeNames enumNames = EnumTypeNames.of(model);
        StringBuilder out = new StringBuilder();
        out.append("-- schema.postgres.sql: ").append(SqlComments.line(model.title())).append(" (project ")
                .append(SqlComments.line(model.projectId())).append("), rendered by Schemawright.\n");
        if (supabase) {
            out.append("-- Target: Supabase PostgreSQL. Users live in auth.users; policies use (select auth.uid()) and role authenticated.\n");
        } else if (model.tables().stream().anyMatch(Table::rlsEnabled)) {
            List<String> roles = policyRoles(model).stream().filter(r -> !isPublic(r)).toList();
            out.append("-- Target: PostgreSQL 13+. Policies read the current user from the setting ").append(CURRENT_USER_SETTING);
            if (roles.isEmpty()) {
                out.append(":\n");
            } else {
                out.append(" and apply to ").append(SqlComments.line(String.join(", ", roles)))
                        .append(".\n-- The application logs in as a role granted ").append(SqlComments.line(roles.get(0)))
                        .append(" and starts every transaction with:\n--   SET LOCAL ROLE ").append(SqlComments.line(d.quote(roles.get(0)))).append(";\n");
            }
            out.append("--   SET LOCAL ").append(CURRENT_USER_SETTING).append(" = '<user id>';\n")
                    .append("-- The role that runs this script owns the tables and bypasses the policies: account sign-up and deletion and\n")
                    .append("-- writes to shared data go through it (or another BYPASSRLS role), never through the application's role.\n");
        } else if (usesCurrentUserDefault(model)) {
            out.append("-- Target: PostgreSQL 13+. Defaults read the current user from the setting ").append(CURRENT_USER_SETTING)
                    .append(":\n--   SET LOCAL ").append(CURRENT_USER_SETTING).append(" = '<user id>';\n");
        } else {
            out.append("-- Target: PostgreSQL 13+.\n");
        }
        out.append("-- Runs in one transaction. gen_random_uuid() is built into PostgreSQL 13+, so pgcrypto is not needed.\n");

        if (usesTrigram(model)) {
            out.append("\nCREATE EXTENSION IF NOT EXISTS pg_trgm;\n");
        }
        if (!model.enums().isEmpty()) {
            out.append("\n-- Enumerations\n");
            for (EnumType e : model.enums()) {
                out.append("CREATE TYPE ").append(d.quote(enumNames.physical(e.name()))).append(" AS ENUM (")
                        .append(e.values().stream().map(d::literal).collect(Collectors.joining(", "))).append(");\n");
            }
        }
        for (Table t : order.tables()) {
            out.append('\n');
            table(out, model, t, order, supabase, enumNames);
        }
        List<String> deferred = new ArrayList<>();
        for (Table t : order.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (order.isDeferred(t, fk)) {
                    deferred.add("ALTER TABLE " + d.quote(t.name()) + " ADD " + foreignKey(fk, supabase) + ";");
                }
            }
        }
        if (!deferred.isEmpty()) {
            out.append("\n-- Foreign keys that close a reference cycle, added once every table exists\n");
            deferred.forEach(s -> out.append(s).append('\n'));
        }
        List<String> indexes = new ArrayList<>();
        for (Table t : order.tables()) {
            for (Index ix : indexPlan.indexes(t)) {
                indexes.add(index(t, ix));
            }
        }
        if (!indexes.isEmpty()) {
            out.append("\n-- Indexes\n");
            indexes.forEach(s -> out.append(s).append('\n'));
        }
        updatedAtTriggers(out, order.tables());
        rowLevelSecurity(out, model, order.tables(), supabase);
        return out.toString();
    }

    private static boolean usesCurrentUserDefault(SchemaModel model) {
        return model.tables().stream().flatMap(t -> t.columns().stream())
                .anyMatch(c -> c.defaultValue() != null && c.defaultValue().kind() == DefaultKind.CURRENT_USER);
    }

    private void table(StringBuilder out, SchemaModel model, Table t, CreationOrder order, boolean supabase, EnumTypeNames enumNames) {
        List<String> items = new ArrayList<>();
        for (Column c : t.columns()) {
            items.add(column(c, supabase, enumNames));
        }
        if (!t.primaryKey().isEmpty()) {
            items.add("CONSTRAINT " + d.quote(t.name() + "_pkey") + " PRIMARY KEY (" + d.columnList(t.primaryKey()) + ")");
        }
        for (ForeignKey fk : t.foreignKeys()) {
            if (!fk.external() && model.table(fk.refTable()).isEmpty()) {
                throw new IllegalStateException("unsupported foreign key " + fk.name() + " to unknown table " + fk.refTable());
            }
            if (!order.isDeferred(t, fk)) {
                items.add(foreignKey(fk, supabase));
            }
        }
        t.uniques().forEach(u -> items.add("CONSTRAINT " + d.quote(u.name()) + " UNIQUE (" + d.columnList(u.columns()) + ")"));
        for (CheckConstraint ck : t.checks()) {
            items.add("CONSTRAINT " + d.quote(ck.name()) + " CHECK (" + CheckExpressions.of(ck, d) + ")");
        }
        out.append("CREATE TABLE ").append(d.quote(t.name())).append(" (\n");
        for (int i = 0; i < items.size(); i++) {
            out.append("    ").append(items.get(i)).append(i + 1 < items.size() ? ",\n" : "\n");
        }
        out.append(");\n");
        String tableComment = SqlComments.described(t.description(), t.sources());
        if (!tableComment.isEmpty()) {
            out.append("COMMENT ON TABLE ").append(d.quote(t.name())).append(" IS ").append(d.literal(tableComment)).append(";\n");
        }
        for (Column c : t.columns()) {
            String comment = SqlComments.described(c.description(), c.sources());
            if (!comment.isEmpty()) {
                out.append("COMMENT ON COLUMN ").append(d.quote(t.name())).append('.').append(d.quote(c.name())).append(" IS ")
                        .append(d.literal(comment)).append(";\n");
            }
        }
    }

    private String column(Column c, boolean supabase, EnumTypeNames enumNames) {
        StringBuilder b = new StringBuilder(d.quote(c.name())).append(' ').append(type(c.type(), enumNames));
        if (c.identity()) {
            b.append(" GENERATED ALWAYS AS IDENTITY");
        }
        if (!c.nullable()) {
            b.append(" NOT NULL");
        }
        if (c.defaultValue() != null && !c.identity()) {
            b.append(" DEFAULT ").append(defaultExpr(c, supabase));
        }
        return b.toString();
    }

    /** The PostgreSQL type of a logical type (enum names without a model: only the built-in-name rule applies). */
    public String type(ColumnType t) {
        return type(t, EnumTypeNames.withoutModel());
    }

    /** The PostgreSQL type of a logical type, enum types named as this model's schema names them. */
    public String type(ColumnType t, EnumTypeNames enumNames) {
        String base;
        TypeKind k = t.kind();
        if (k == TypeKind.UUID) {
            base = "uuid";
        } else if (k == TypeKind.TEXT) {
            base = "text";
        } else if (k == TypeKind.VARCHAR) {
            base = "varchar(" + t.length() + ")";
        } else if (k == TypeKind.SMALLINT) {
            base = "smallint";
        } else if (k == TypeKind.INTEGER) {
            base = "integer";
        } else if (k == TypeKind.BIGINT) {
            base = "bigint";
        } else if (k == TypeKind.NUMERIC) {
            base = t.precision() == null ? "numeric"
                    : "numeric(" + t.precision() + "," + (t.scale() == null ? 0 : t.scale()) + ")";
        } else if (k == TypeKind.REAL) {
            base = "double precision";
        } else if (k == TypeKind.BOOLEAN) {
            base = "boolean";
        } else if (k == TypeKind.DATE) {
            base = "date";
        } else if (k == TypeKind.TIME) {
            base = "time";
        } else if (k == TypeKind.TIMESTAMPTZ) {
            base = "timestamptz";
        } else if (k == TypeKind.INTERVAL) {
            base = "interval";
        } else if (k == TypeKind.JSON) {
            base = "jsonb";
        } else if (k == TypeKind.BYTES) {
            base = "bytea";
        } else if (k == TypeKind.ENUM) {
            base = d.quote(enumNames.physical(t.enumName()));
        } else {
            throw new IllegalStateException("unsupported " + k);
        }
        return t.array() ? base + "[]" : base;
    }

    /** The DEFAULT expression of a column in this model's PostgreSQL schema (null when it has none). */
    public String defaultExpression(SchemaModel model, Column c) {
        return c.defaultValue() == null || c.identity() ? null : defaultExpr(c, model.stack().auth() == AuthProvider.SUPABASE);
    }

    /** The CREATE POLICY statement of one policy, as schema.postgres.sql has it. */
    public String createPolicy(SchemaModel model, Table t, Policy p) {
        return policy(model, t, p, model.stack().auth() == AuthProvider.SUPABASE);
    }

    /** The CREATE INDEX statement of one (planned) index. */
    public String createIndex(Table t, Index ix) {
        return index(t, ix);
    }

    private String defaultExpr(Column c, boolean supabase) {
        DefaultValue v = c.defaultValue();
        DefaultKind k = v.kind();
        if (k == DefaultKind.STRING || k == DefaultKind.ENUM_VALUE) {
            return d.literal(v.value());
        } else if (k == DefaultKind.NUMBER || k == DefaultKind.BOOLEAN) {
            return v.value();
        } else if (k == DefaultKind.NOW) {
            return "now()";
        } else if (k == DefaultKind.TODAY) {
            return "CURRENT_DATE";
        } else if (k == DefaultKind.RANDOM_UUID) {
            return "gen_random_uuid()";
        } else if (k == DefaultKind.CURRENT_USER) {
            return currentUser(c.type(), supabase, false);
        } else if (k == DefaultKind.EMPTY_JSON_OBJECT) {
            return "'{}'::jsonb";
        } else if (k == DefaultKind.EMPTY_ARRAY) {
            return c.type().kind() == TypeKind.JSON && !c.type().array() ? "'[]'::jsonb" : "'{}'";
        }
        throw new IllegalStateException("unsupported " + k);
    }

    /** The current user's id, cast to the column type in plain mode (the setting is text). */
    private String currentUser(ColumnType type, boolean supabase, boolean inPolicy) {
        String expr = supabase ? "auth.uid()"
                : "nullif(current_setting(" + d.literal(CURRENT_USER_SETTING) + ", true), '')::" + type(type);
        // (select ...) lets the planner evaluate the id once per statement instead of once per row.
        return inPolicy ? "(SELECT " + expr + ")" : expr;
    }

    private String foreignKey(ForeignKey fk, boolean supabase) {
        String target = fk.external() ? d.quote(fk.refSchema()) + "." + d.quote(fk.refTable()) : d.quote(fk.refTable());
        return "CONSTRAINT " + d.quote(fk.name()) + " FOREIGN KEY (" + d.columnList(fk.columns()) + ") REFERENCES " + target
                + " (" + d.columnList(fk.refColumns()) + ") ON DELETE " + d.onDelete(fk.onDelete());
    }


    private boolean usesTrigram(SchemaModel model) {
        for (Table t : model.tables()) {
            for (Index ix : t.indexes()) {
                if (!ix.unique() && ix.method() == IndexMethod.TRIGRAM && textual(t, ix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every column of the index is a scalar text/varchar column (trigram and full-text need text). */
    private static boolean textual(Table t, Index ix) {
        for (String name : ix.columnNames()) {
            ColumnType ct = t.column(name).map(Column::type).orElse(null);
            if (ct == null || ct.array() || (ct.kind() != TypeKind.TEXT && ct.kind() != TypeKind.VARCHAR)) {
                return false;
            }
        }
        return true;
    }

    /** Every column of the index is jsonb or an array (GIN's default operator classes). */
    private static boolean containers(Table t, Index ix) {
        for (String name : ix.columnNames()) {
            ColumnType ct = t.column(name).map(Column::type).orElse(null);
            if (ct == null || !(ct.array() || ct.kind() == TypeKind.JSON)) {
                return false;
            }
        }
        return true;
    }

    private String index(Table t, Index ix) {
        IndexMethod m = ix.unique() ? IndexMethod.BTREE : ix.method();
        String using;
        List<String> parts = new ArrayList<>();
        if (m == IndexMethod.GIN && containers(t, ix)) {
            using = " USING gin";
            ix.columnNames().forEach(c -> parts.add(d.quote(c)));
        } else if (m == IndexMethod.TRIGRAM && textual(t, ix)) {
            using = " USING gin";
            ix.columnNames().forEach(c -> parts.add(d.quote(c) + " gin_trgm_ops"));
        } else if (m == IndexMethod.FULLTEXT && textual(t, ix)) {
            using = " USING gin";
            ix.columnNames().forEach(c -> parts.add("to_tsvector('simple', " + d.quote(c) + ")"));
        } else if (m == IndexMethod.BTREE || m == IndexMethod.GIN || m == IndexMethod.TRIGRAM || m == IndexMethod.FULLTEXT) {
            // Asked-for GIN/trigram/full-text on a column type they cannot index: a btree still serves equality.
            using = "";
            for (IndexColumn c : ix.columns()) {
                parts.add(d.quote(c.name()) + (c.descending() ? " DESC" : ""));
            }
        } else {
            throw new IllegalStateException("unsupported " + m);
        }
        return "CREATE " + (ix.unique() ? "UNIQUE " : "") + "INDEX " + d.quote(ix.name()) + " ON " + d.quote(t.name()) + using
                + " (" + String.join(", ", parts) + ")" + predicate(t, ix) + ";";
    }

    private String predicate(Table t, Index ix) {
        String where = d.indexPredicate(t, ix);
        return where == null ? "" : " WHERE " + where;
    }

    private void updatedAtTriggers(StringBuilder out, List<Table> tables) {
        List<Table> stamped = tables.stream().filter(t -> t.hasColumn("updated_at")).toList();
        if (stamped.isEmpty()) {
            return;
        }
        out.append("\n-- updated_at is maintained by the database, whichever client writes the row\n");
        out.append("CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\n")
                .append("BEGIN\n    NEW.updated_at = now();\n    RETURN NEW;\nEND;\n$$;\n");
        for (Table t : stamped) {
            out.append("CREATE TRIGGER ").append(d.quote(t.name() + "_set_updated_at")).append(" BEFORE UPDATE ON ")
                    .append(d.quote(t.name())).append(" FOR EACH ROW EXECUTE FUNCTION set_updated_at();\n");
        }
    }

    private void rowLevelSecurity(StringBuilder out, SchemaModel model, List<Table> tables, boolean supabase) {
        List<Table> secured = tables.stream().filter(Table::rlsEnabled).toList();
        if (secured.isEmpty()) {
            return;
        }
        out.append("\n-- Row-level security: one policy per command\n");
        for (String role : policyRoles(model)) {
            if (isPublic(role) || (supabase && SUPABASE_ROLES.contains(role))) {
                continue;
            }
            String quoted = d.quote(role);
            if (quoted.contains(DOLLAR_TAG)) {
                throw new IllegalStateException("unsupported role name " + role);
            }
            out.append("DO ").append(DOLLAR_TAG).append(" BEGIN\n    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ")
                    .append(d.literal(role)).append(") THEN CREATE ROLE ").append(quoted).append(" NOLOGIN; END IF;\nEND ")
                    .append(DOLLAR_TAG).append(";\n");
        }
        out.append(accessFunctions(model));
        for (Table t : secured) {
            out.append("ALTER TABLE ").append(d.quote(t.name())).append(" ENABLE ROW LEVEL SECURITY;\n");
            Set<String> tableRoles = new LinkedHashSet<>();
            // policy names must be unique per table; a repeated name gets a numeric suffix instead of failing the script
            NameAllocator policyNames = new NameAllocator(Set.of());
            for (Policy p : t.policies()) {
                String name = policyNames.allocate(PhysicalName.of(p.name()));
                out.append(policy(model, t, name.equals(p.name()) ? p
                        : new Policy(name, p.command(), p.role(), p.rule(), p.description(), p.sources()), supabase)).append('\n');
                tableRoles.add(p.role());
            }
            for (String role : tableRoles) {
                out.append("GRANT SELECT, INSERT, UPDATE, DELETE ON ").append(d.quote(t.name())).append(" TO ")
                        .append(roleName(role)).append(";\n");
            }
        }
    }

    /** The roles the policies of RLS-enabled tables apply to, in first-use order. */
    private static Set<String> policyRoles(SchemaModel model) {
        Set<String> roles = new LinkedHashSet<>();
        model.tables().stream().filter(Table::rlsEnabled).forEach(t -> t.policies().forEach(p -> roles.add(p.role())));
        return roles;
    }

    private static boolean isPublic(String role) {
        return role.equalsIgnoreCase("public");
    }

    private String roleName(String role) {
        return isPublic(role) ? "PUBLIC" : d.quote(role);
    }

    private String policy(SchemaModel model, Table t, Policy p, boolean supabase) {
        String expr = policyExpression(model, t, p.rule(), supabase);
        PolicyCommand c = p.command();
        String clause;
        if (c == PolicyCommand.SELECT || c == PolicyCommand.DELETE) {
            clause = " USING (" + expr + ")";
        } else if (c == PolicyCommand.INSERT) {
            clause = " WITH CHECK (" + expr + ")";
        } else if (c == PolicyCommand.UPDATE) {
            clause = " USING (" + expr + ") WITH CHECK (" + expr + ")";
        } else {
            throw new IllegalStateException("unsupported " + c);
        }
        return "CREATE POLICY " + d.quote(p.name()) + " ON " + d.quote(t.name()) + " FOR " + c.name() + " TO " + roleName(p.role())
                + clause + ";";
    }

    private String policyExpression(SchemaModel model, Table t, PolicyRule r, boolean supabase) {
        PolicyRuleKind k = r.kind();
        String orOwner = r.orOwnerColumn() == null ? "" : " OR " + ownerCheck(t, r.orOwnerColumn(), supabase);
        if (k == PolicyRuleKind.OWNER) {
            return ownerCheck(t, r.column(), supabase) + orOwner;
        } else if (usesAccessFunction(r)) {
            return d.quote(accessFunctionName(r)) + "(" + d.quote(t.name()) + "." + d.quote(r.column()) + ")" + orOwner;
        } else if (k == PolicyRuleKind.AUTHENTICATED) {
            return "true";
        } else if (k == PolicyRuleKind.DENY) {
            return "false";
        }
        throw new IllegalStateException("unsupported " + k);
    }

    private String ownerCheck(Table t, String column, boolean supabase) {
        return d.quote(column) + " = " + currentUser(columnType(t, column), supabase, true);
    }

    /**
     * One SECURITY DEFINER function per (parent table, key, owner column) used by PARENT_OWNER / TENANT_MEMBER rules:
     * "does the current user own (or belong to) the parent row with this key", and one per (parent table, key) used by
     * PARENT_ACCESS rules: "may the current user read the parent row with this key", which applies the parent's own
     * SELECT rule and so is created after the function that rule calls. Running as the schema owner, the lookup needs
     * no grants on the parent or membership table for the policy's role, and cannot recurse into that table's own
     * policies (the classic "infinite recursion detected in policy" of membership tables).
     */
    public String accessFunctions(SchemaModel model) {
        boolean supabase = model.stack().auth() == AuthProvider.SUPABASE;
        StringBuilder out = new StringBuilder();
        Set<String> done = new LinkedHashSet<>();
        List<PolicyRule> throughParentReads = new ArrayList<>();
        for (Table t : model.tables()) {
            if (!t.rlsEnabled()) {
                continue;
            }
            for (Policy p : t.policies()) {
                PolicyRule r = p.rule();
                if (r.kind() == PolicyRuleKind.PARENT_ACCESS) {
                    throughParentReads.add(r);
                }
                if (r.kind() != PolicyRuleKind.PARENT_OWNER && r.kind() != PolicyRuleKind.TENANT_MEMBER || !done.add(accessFunctionName(r))) {
                    continue;
                }
                Table parent = policyParent(model, r);
                accessFunction(out, t, r, parent, d.quote(r.parentOwnerColumn()) + " = "
                        + currentUser(columnType(parent, r.parentOwnerColumn()), supabase, false));
            }
        }
        while (!throughParentReads.isEmpty()) {
            List<PolicyRule> waiting = new ArrayList<>();
            for (PolicyRule r : throughParentReads) {
                if (done.contains(accessFunctionName(r))) {
                    continue;
                }
                Table parent = policyParent(model, r);
                PolicyRule parentRead = parent.policies().stream().filter(p -> parent.rlsEnabled() && p.command() == PolicyCommand.SELECT)
                        .map(Policy::rule).findFirst()
                        .orElseThrow(() -> new IllegalStateException("unsupported parent_access rule: " + parent.name() + " has no SELECT policy"));
                if (usesAccessFunction(parentRead) && !done.contains(accessFunctionName(parentRead))) {
                    waiting.add(r);
                    continue;
                }
                done.add(accessFunctionName(r));
                accessFunction(out, parent, r, parent, "(" + policyExpression(model, parent, parentRead, supabase) + ")");
            }
            if (waiting.size() == throughParentReads.size()) {
                throw new IllegalStateException("unsupported cycle of parent_access rules through " + waiting.stream().map(PolicyRule::parentTable).toList());
            }
            throughParentReads = waiting;
        }
        return out.toString();
    }

    private static Table policyParent(SchemaModel model, PolicyRule r) {
        return model.table(r.parentTable()).orElseThrow(() -> new IllegalStateException("unsupported policy parent " + r.parentTable()));
    }

    /** CREATE FUNCTION name(key type): does a row of {@code parent} with this key meet {@code condition}. */
    private void accessFunction(StringBuilder out, Table t, PolicyRule r, Table parent, String condition) {
        String body = "SELECT EXISTS (SELECT 1 FROM " + d.quote(parent.name()) + " WHERE " + d.quote(r.parentKeyColumn()) + " = $1 AND " + condition + ")";
        if (body.contains(DOLLAR_TAG)) {
            throw new IllegalStateException("unsupported name containing " + DOLLAR_TAG + " in policy on " + t.name());
        }
        out.append("CREATE OR REPLACE FUNCTION ").append(d.quote(accessFunctionName(r))).append("(").append(type(columnType(parent, r.parentKeyColumn())))
                .append(") RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS ").append(DOLLAR_TAG)
                .append("\n    ").append(body).append("\n").append(DOLLAR_TAG).append(";\n");
    }

    private static boolean usesAccessFunction(PolicyRule r) {
        return r.kind() == PolicyRuleKind.PARENT_OWNER || r.kind() == PolicyRuleKind.TENANT_MEMBER || r.kind() == PolicyRuleKind.PARENT_ACCESS;
    }

    private static String accessFunctionName(PolicyRule r) {
        if (r.kind() == PolicyRuleKind.PARENT_ACCESS) {
            return PhysicalName.of("current_user_reads_" + r.parentTable() + (r.parentKeyColumn().equals("id") ? "" : "_by_" + r.parentKeyColumn()));
        }
        return PhysicalName.of("current_user_in_" + r.parentTable() + "_by_" + r.parentOwnerColumn()
                + (r.parentKeyColumn().equals("id") ? "" : "_" + r.parentKeyColumn()));
    }

    private static ColumnType columnType(Table t, String column) {
        return t.column(column).map(Column::type)
                .orElseThrow(() -> new IllegalStateException("unsupported policy column " + column + " missing from " + t.name()));
    }
}
