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
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.render.naming.NameAllocator;
import dev.schemawright.render.naming.PhysicalName;
import dev.schemawright.render.sql.CheckExpressions;
import dev.schemawright.render.sql.CreationOrder;
import dev.schemawright.render.sql.EnumTypeNames;
import dev.schemawright.render.sql.IndexPlan;
import dev.schemawright.render.sql.KeyColumnsRequired;
import dev.schemawright.render.sql.SqlComments;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every statement of schema.postgres.sql for one model, one method per kind of object, so the schema script
 * ({@link PostgresRenderer}) and a migration between two models (schema-versions) write each object with the very same
 * text. Bound to one model: its creation order, index plan and enum type names are worked out once.
 */
public final class PostgresStatements {
    /** The trigger function every table with an updated_at column uses. */
    public static final String SET_UPDATED_AT_FUNCTION = "CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            + "BEGIN\n    NEW.updated_at = now();\n    RETURN NEW;\nEND;\n$$;";
    public static final String UPDATED_AT = "updated_at";
    private static final Set<String> SUPABASE_ROLES = Set.of("anon", "authenticated", "service_role");
    private static final String DOLLAR_TAG = "$sw$";

    /**
     * One SECURITY DEFINER lookup function of the policies, in the helper schema: its name, argument type and the
     * statements that create it and grant it to the policies' roles (one per line).
     */
    public record AccessFunction(String name, String argumentType, String statement) {
        /** {@code private.name(type)}, quoted: what DROP FUNCTION takes. */
        public String signature() {
            PostgresDialect d = PostgresDialect.INSTANCE;
            return d.quote(PostgresRenderer.HELPER_SCHEMA) + "." + d.quote(name) + "(" + argumentType + ")";
        }
    }

    /** A policy with the name it gets in the schema (unique per table) and its CREATE POLICY statement. */
    public record NamedPolicy(String name, Policy policy, String statement) {
    }

    private final PostgresDialect d = PostgresDialect.INSTANCE;
    private final SchemaModel model;
    private final boolean supabase;
    // worked out on first use: a caller asking for one default expression should not pay for the index plan
    private CreationOrder order;
    private IndexPlan indexPlan;
    private EnumTypeNames enumNames;

    PostgresStatements(SchemaModel model) {
        this.model = model;
        this.supabase = model.stack().auth() == AuthProvider.SUPABASE;
    }

    /** The statements of {@code input} as every renderer reads it (primary-key columns NOT NULL). */
    public static PostgresStatements of(SchemaModel input) {
        return new PostgresStatements(KeyColumnsRequired.apply(input));
    }

    public SchemaModel model() {
        return model;
    }

    public boolean supabase() {
        return supabase;
    }

    public CreationOrder order() {
        if (order == null) {
            order = CreationOrder.of(model);
        }
        return order;
    }

    private EnumTypeNames enumNames() {
        if (enumNames == null) {
            enumNames = EnumTypeNames.of(model);
        }
        return enumNames;
    }

    public PostgresDialect dialect() {
        return d;
    }

    // ---------------------------------------------------------------- names

    /** A quoted identifier. */
    public String quote(String name) {
        return d.quote(name);
    }

    /** The enum type's database name, quoted (an enum named like a table or a built-in type gets _enum). */
    public String enumType(String enumName) {
        return d.quote(enumNames().physical(enumName));
    }

    /** The primary key constraint's name, quoted: {@code <table>_pkey}. */
    public String primaryKeyName(Table t) {
        return d.quote(t.name() + "_pkey");
    }

    /** The updated_at trigger's name, quoted: {@code <table>_set_updated_at}. */
    public String updatedAtTriggerName(Table t) {
        return d.quote(t.name() + "_set_updated_at");
    }

    // ---------------------------------------------------------------- enums and tables

    public String createEnum(EnumType e) {
        return "CREATE TYPE " + enumType(e.name()) + " AS ENUM (" + e.values().stream().map(d::literal).collect(Collectors.joining(", ")) + ");";
    }

    /** CREATE TABLE with the FKs the creation order puts inline, then its COMMENT statements. */
    public String createTable(Table t) {
        return createTable(t, fk -> !order().isDeferred(t, fk));
    }

    /** CREATE TABLE with the foreign keys {@code inline} accepts, then its COMMENT statements (each line ends with \n). */
    public String createTable(Table t, Predicate<ForeignKey> inline) {
        List<String> items = new ArrayList<>();
        for (Column c : t.columns()) {
            items.add(columnDefinition(c));
        }
        if (!t.primaryKey().isEmpty()) {
            items.add(primaryKeyConstraint(t));
        }
        for (ForeignKey fk : t.foreignKeys()) {
            if (!fk.external() && model.table(fk.refTable()).isEmpty()) {
                throw new IllegalStateException("unsupported foreign key " + fk.name() + " to unknown table " + fk.refTable());
            }
            if (inline.test(fk)) {
                items.add(foreignKeyConstraint(fk));
            }
        }
        t.uniques().forEach(u -> items.add(uniqueConstraint(u)));
        t.checks().forEach(ck -> items.add(checkConstraint(ck)));
        StringBuilder out = new StringBuilder("CREATE TABLE ").append(d.quote(t.name())).append(" (\n");
        for (int i = 0; i < items.size(); i++) {
            out.append("    ").append(items.get(i)).append(i + 1 < items.size() ? ",\n" : "\n");
        }
        out.append(");\n");
        String tableComment = tableComment(t);
        if (tableComment != null) {
            out.append(tableComment).append('\n');
        }
        for (Column c : t.columns()) {
            String comment = columnComment(t, c);
            if (comment != null) {
                out.append(comment).append('\n');
            }
        }
        return out.toString();
    }

    /** COMMENT ON TABLE with the description and requirement ids, or null when there is nothing to say. */
    public String tableComment(Table t) {
        String text = SqlComments.described(t.description(), t.sources());
        return text.isEmpty() ? null : "COMMENT ON TABLE " + d.quote(t.name()) + " IS " + d.literal(text) + ";";
    }

    /** COMMENT ON COLUMN with the description and requirement ids, or null when there is nothing to say. */
    public String columnComment(Table t, Column c) {
        String text = SqlComments.described(c.description(), c.sources());
        return text.isEmpty() ? null : "COMMENT ON COLUMN " + d.quote(t.name()) + "." + d.quote(c.name()) + " IS " + d.literal(text) + ";";
    }

    /** {@code name type [GENERATED ALWAYS AS IDENTITY] [NOT NULL] [DEFAULT expr]}. */
    public String columnDefinition(Column c) {
        StringBuilder b = new StringBuilder(d.quote(c.name())).append(' ').append(type(c.type()));
        if (c.identity()) {
            b.append(" GENERATED ALWAYS AS IDENTITY");
        }
        if (!c.nullable()) {
            b.append(" NOT NULL");
        }
        String def = defaultExpression(c);
        if (def != null) {
            b.append(" DEFAULT ").append(def);
        }
        return b.toString();
    }

    public String primaryKeyConstraint(Table t) {
        return "CONSTRAINT " + primaryKeyName(t) + " PRIMARY KEY (" + d.columnList(t.primaryKey()) + ")";
    }

    public String foreignKeyConstraint(ForeignKey fk) {
        String target = fk.external() ? d.quote(fk.refSchema()) + "." + d.quote(fk.refTable()) : d.quote(fk.refTable());
        return "CONSTRAINT " + d.quote(fk.name()) + " FOREIGN KEY (" + d.columnList(fk.columns()) + ") REFERENCES " + target
                + " (" + d.columnList(fk.refColumns()) + ") ON DELETE " + d.onDelete(fk.onDelete());
    }

    /**
     * The UNIQUE constraints PostgreSQL keeps from CREATE TABLE: it silently leaves out one over the primary key's
     * columns or an earlier one's (in the same order), so a migration must not add those either.
     */
    public List<UniqueConstraint> uniques(Table t) {
        List<List<String>> seen = new ArrayList<>();
        seen.add(t.primaryKey());
        List<UniqueConstraint> out = new ArrayList<>();
        for (UniqueConstraint u : t.uniques()) {
            if (!seen.contains(u.columns())) {
                seen.add(u.columns());
                out.add(u);
            }
        }
        return out;
    }

    public String uniqueConstraint(UniqueConstraint u) {
        return "CONSTRAINT " + d.quote(u.name()) + " UNIQUE (" + d.columnList(u.columns()) + ")";
    }

    public String checkConstraint(CheckConstraint ck) {
        return "CONSTRAINT " + d.quote(ck.name()) + " CHECK (" + CheckExpressions.of(ck, d) + ")";
    }

    // ---------------------------------------------------------------- types and defaults

    /** The PostgreSQL type, enum types named as this model's schema names them. */
    public String type(ColumnType t) {
        return type(t, enumNames());
    }

    /** The PostgreSQL type of a logical type with the given enum type names. */
    static String type(ColumnType t, EnumTypeNames enumNames) {
        PostgresDialect d = PostgresDialect.INSTANCE;
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

    /** The DEFAULT expression of a column (null when it has none, or is an identity). */
    public String defaultExpression(Column c) {
        DefaultValue v = c.defaultValue();
        if (v == null || c.identity()) {
            return null;
        }
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
            return currentUser(c.type(), false);
        } else if (k == DefaultKind.EMPTY_JSON_OBJECT) {
            return "'{}'::jsonb";
        } else if (k == DefaultKind.EMPTY_ARRAY) {
            return c.type().kind() == TypeKind.JSON && !c.type().array() ? "'[]'::jsonb" : "'{}'";
        }
        throw new IllegalStateException("unsupported " + k);
    }

    /** The current user's id, cast to the column type in plain mode (the setting is text). */
    String currentUser(ColumnType type, boolean inPolicy) {
        String expr = supabase ? "auth.uid()"
                : "nullif(current_setting(" + d.literal(PostgresRenderer.CURRENT_USER_SETTING) + ", true), '')::" + type(type, EnumTypeNames.withoutModel());
        // (select ...) lets the planner evaluate the id once per statement instead of once per row.
        return inPolicy ? "(SELECT " + expr + ")" : expr;
    }

    public boolean usesCurrentUserDefault() {
        return model.tables().stream().flatMap(t -> t.columns().stream())
                .anyMatch(c -> c.defaultValue() != null && c.defaultValue().kind() == DefaultKind.CURRENT_USER);
    }

    // ---------------------------------------------------------------- indexes

    /** The indexes the schema creates on {@code t} (duplicates dropped, colliding names numbered). */
    public List<Index> indexes(Table t) {
        if (indexPlan == null) {
            indexPlan = IndexPlan.of(model);
        }
        return indexPlan.indexes(t);
    }

    /** Whether a trigram index asks for the pg_trgm extension. */
    public boolean usesTrigram() {
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

    /** The CREATE INDEX statement of one (planned) index. */
    public String createIndex(Table t, Index ix) {
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
        String where = d.indexPredicate(t, ix);
        return "CREATE " + (ix.unique() ? "UNIQUE " : "") + "INDEX " + d.quote(ix.name()) + " ON " + d.quote(t.name()) + using
                + " (" + String.join(", ", parts) + ")" + (where == null ? "" : " WHERE " + where) + ";";
    }

    // ---------------------------------------------------------------- updated_at triggers

    /** Tables whose updated_at the database maintains, in creation order. */
    public List<Table> stampedTables() {
        return order().tables().stream().filter(t -> t.hasColumn(UPDATED_AT)).toList();
    }

    public String createUpdatedAtTrigger(Table t) {
        return "CREATE TRIGGER " + updatedAtTriggerName(t) + " BEFORE UPDATE ON " + d.quote(t.name())
                + " FOR EACH ROW EXECUTE FUNCTION set_updated_at();";
    }

    // ---------------------------------------------------------------- row-level security

    /** The roles the policies of RLS-enabled tables apply to, in first-use order. */
    public Set<String> policyRoles() {
        Set<String> roles = new LinkedHashSet<>();
        model.tables().stream().filter(Table::rlsEnabled).forEach(t -> t.policies().forEach(p -> roles.add(p.role())));
        return roles;
    }

    /** The roles the script creates (defensively): policy roles other than PUBLIC and, on Supabase, its own roles. */
    public List<String> createdRoles() {
        return policyRoles().stream().filter(r -> !isPublic(r) && !(supabase && SUPABASE_ROLES.contains(r))).toList();
    }

    /** DO block creating {@code role} NOLOGIN unless it exists (roles belong to the cluster, not the database). */
    public String createRole(String role) {
        String quoted = d.quote(role);
        if (quoted.contains(DOLLAR_TAG)) {
            throw new IllegalStateException("unsupported role name " + role);
        }
        return "DO " + DOLLAR_TAG + " BEGIN\n    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = " + d.literal(role) + ") THEN CREATE ROLE "
                + quoted + " NOLOGIN; END IF;\nEND " + DOLLAR_TAG + ";";
    }

    static boolean isPublic(String role) {
        return role.equalsIgnoreCase("public");
    }

    public String roleName(String role) {
        return isPublic(role) ? "PUBLIC" : d.quote(role);
    }

    public String enableRowLevelSecurity(Table t) {
        return "ALTER TABLE " + d.quote(t.name()) + " ENABLE ROW LEVEL SECURITY;";
    }

    /** The policies of {@code t} with their schema names (a repeated name gets a numeric suffix instead of failing). */
    public List<NamedPolicy> policies(Table t) {
        List<NamedPolicy> out = new ArrayList<>();
        NameAllocator policyNames = new NameAllocator(Set.of());
        for (Policy p : t.policies()) {
            String name = policyNames.allocate(PhysicalName.of(p.name()));
            Policy named = name.equals(p.name()) ? p : new Policy(name, p.command(), p.role(), p.rule(), p.description(), p.sources());
            out.add(new NamedPolicy(name, p, createPolicy(t, named)));
        }
        return out;
    }

    /** The roles {@code t}'s policies apply to, in first-use order (each is granted the four commands). */
    public List<String> grantedRoles(Table t) {
        Set<String> roles = new LinkedHashSet<>();
        t.policies().forEach(p -> roles.add(p.role()));
        return List.copyOf(roles);
    }

    public String grant(Table t, String role) {
        return "GRANT SELECT, INSERT, UPDATE, DELETE ON " + d.quote(t.name()) + " TO " + roleName(role) + ";";
    }

    /** The CREATE POLICY statement of one policy, named as given. */
    public String createPolicy(Table t, Policy p) {
        String expr = policyExpression(t, p.rule());
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

    private String policyExpression(Table t, PolicyRule r) {
        PolicyRuleKind k = r.kind();
        String orOwner = r.orOwnerColumn() == null ? "" : " OR " + ownerCheck(t, r.orOwnerColumn());
        if (k == PolicyRuleKind.OWNER) {
            return ownerCheck(t, r.column()) + orOwner;
        } else if (usesAccessFunction(r)) {
            return d.quote(PostgresRenderer.HELPER_SCHEMA) + "." + d.quote(accessFunctionName(r)) + "(" + d.quote(t.name()) + "." + d.quote(r.column()) + ")"
                    + orOwner;
        } else if (k == PolicyRuleKind.AUTHENTICATED) {
            return "true";
        } else if (k == PolicyRuleKind.DENY) {
            return "false";
        }
        throw new IllegalStateException("unsupported " + k);
    }

    private String ownerCheck(Table t, String column) {
        return d.quote(column) + " = " + currentUser(columnType(t, column), true);
    }

    /**
     * One SECURITY DEFINER function per (parent table, key, owner column) used by PARENT_OWNER / TENANT_MEMBER rules:
     * "does the current user own (or belong to) the parent row with this key", and one per (parent table, key) used by
     * PARENT_ACCESS rules: "may the current user read the parent row with this key", which applies the parent's own
     * SELECT rule and so is created after the function that rule calls. Running as the schema owner, the lookup needs
     * no grants on the parent or membership table for the policy's role, and cannot recurse into that table's own
     * policies (the classic "infinite recursion detected in policy" of membership tables).
     */
    public List<AccessFunction> accessFunctions() {
        List<AccessFunction> out = new ArrayList<>();
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
                Table parent = policyParent(r);
                out.add(accessFunction(t, r, parent, d.quote(r.parentOwnerColumn()) + " = "
                        + currentUser(columnType(parent, r.parentOwnerColumn()), false)));
            }
        }
        while (!throughParentReads.isEmpty()) {
            List<PolicyRule> waiting = new ArrayList<>();
            for (PolicyRule r : throughParentReads) {
                if (done.contains(accessFunctionName(r))) {
                    continue;
                }
                Table parent = policyParent(r);
                PolicyRule parentRead = parent.policies().stream().filter(p -> parent.rlsEnabled() && p.command() == PolicyCommand.SELECT)
                        .map(Policy::rule).findFirst()
                        .orElseThrow(() -> new IllegalStateException("unsupported parent_access rule: " + parent.name() + " has no SELECT policy"));
                if (usesAccessFunction(parentRead) && !done.contains(accessFunctionName(parentRead))) {
                    waiting.add(r);
                    continue;
                }
                done.add(accessFunctionName(r));
                out.add(accessFunction(parent, r, parent, "(" + policyExpression(parent, parentRead) + ")"));
            }
            if (waiting.size() == throughParentReads.size()) {
                throw new IllegalStateException("unsupported cycle of parent_access rules through " + waiting.stream().map(PolicyRule::parentTable).toList());
            }
            throughParentReads = waiting;
        }
        return out;
    }

    private Table policyParent(PolicyRule r) {
        return model.table(r.parentTable()).orElseThrow(() -> new IllegalStateException("unsupported policy parent " + r.parentTable()));
    }

    /**
     * The helper schema the lookup functions live in (not public, which PostgREST exposes as RPC endpoints): created,
     * closed to PUBLIC, open to the policies' roles.
     */
    public List<String> createHelperSchema() {
        String schema = d.quote(PostgresRenderer.HELPER_SCHEMA);
        List<String> out = new ArrayList<>(List.of("CREATE SCHEMA IF NOT EXISTS " + schema + ";", "REVOKE ALL ON SCHEMA " + schema + " FROM PUBLIC;"));
        policyRoles().forEach(role -> out.add(grantHelperSchema(role)));
        return out;
    }

    public String grantHelperSchema(String role) {
        return "GRANT USAGE ON SCHEMA " + d.quote(PostgresRenderer.HELPER_SCHEMA) + " TO " + roleName(role) + ";";
    }

    /** CREATE FUNCTION private.name(key type): does a row of {@code parent} with this key meet {@code condition}. */
    private AccessFunction accessFunction(Table t, PolicyRule r, Table parent, String condition) {
        String body = "SELECT EXISTS (SELECT 1 FROM public." + d.quote(parent.name()) + " WHERE " + d.quote(r.parentKeyColumn()) + " = $1 AND " + condition + ")";
        if (body.contains(DOLLAR_TAG)) {
            throw new IllegalStateException("unsupported name containing " + DOLLAR_TAG + " in policy on " + t.name());
        }
        String argument = type(columnType(parent, r.parentKeyColumn()), EnumTypeNames.withoutModel());
        AccessFunction f = new AccessFunction(accessFunctionName(r), argument, "");
        String fn = f.signature();
        // an empty search_path: a caller cannot shadow the table or a function the body uses with their own
        StringBuilder sql = new StringBuilder("CREATE OR REPLACE FUNCTION ").append(fn)
                .append(" RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS ").append(DOLLAR_TAG)
                .append("\n    ").append(body).append("\n").append(DOLLAR_TAG).append(";\n")
                .append("REVOKE ALL ON FUNCTION ").append(fn).append(" FROM PUBLIC;");
        for (String role : policyRoles()) {
            sql.append("\nGRANT EXECUTE ON FUNCTION ").append(fn).append(" TO ").append(roleName(role)).append(";");
        }
        return new AccessFunction(f.name(), argument, sql.toString());
    }

    /** Whether the rule's expression calls a lookup function ({@link #accessFunctionName}). */
    public static boolean usesAccessFunction(PolicyRule r) {
        return r.kind() == PolicyRuleKind.PARENT_OWNER || r.kind() == PolicyRuleKind.TENANT_MEMBER || r.kind() == PolicyRuleKind.PARENT_ACCESS;
    }

    /** The lookup function a PARENT_OWNER, TENANT_MEMBER or PARENT_ACCESS rule calls (unquoted). */
    public static String accessFunctionName(PolicyRule r) {
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
