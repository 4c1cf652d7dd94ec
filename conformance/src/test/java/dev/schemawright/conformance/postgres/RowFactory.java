package dev.schemawright.conformance.postgres;

import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.CheckKind;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.DefaultKind;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.PolicyRuleKind;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Makes rows that PostgreSQL accepts for any table of a model: values that satisfy the model's structured CHECKs,
 * unique per row, foreign keys filled by first inserting parent rows (as the superuser, owned by the same user), and
 * the ownership column set to the acting user. Literals are cast to the type PostgreSQL reports for each column.
 */
final class RowFactory {
    private static final int MAX_DEPTH = 8;

    private final SchemaModel model;
    private final boolean supabase;
    private final Connection c;
    private final Map<String, String> users = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> typeCache = new LinkedHashMap<>();
    private final Map<String, Integer> rotation = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> parents = new LinkedHashMap<>();
    private final java.util.Set<String> memberships = new java.util.HashSet<>();
    /** Tables whose row is being prepared (outermost first): a required reference back to one of them is a cycle. */
    private final java.util.Deque<String> preparing = new java.util.ArrayDeque<>();
    /** Keys chosen in advance for a row on {@link #preparing}, because a row it needs refers to it (see {@link Row}). */
    private final Map<String, Map<String, String>> presetKeys = new LinkedHashMap<>();
    private int counter = 100;

    /**
     * Column values as SQL expressions, keyed by physical column name. {@code closesCycle}: a NOT NULL reference cycle
     * (a users table that points at rows its users own) cannot be inserted row by row, so this row refers to a key its
     * referrer will be inserted with next, and goes in with foreign-key triggers off (superuser seeding only).
     */
    record Row(Map<String, String> values, boolean closesCycle) {
        Row(Map<String, String> values) {
            this(values, false);
        }

        @Override
        public String toString() {
            return values.toString();
        }
    }

    RowFactory(SchemaModel model, boolean supabase, Connection c) {
        this.model = model;
        this.supabase = supabase;
        this.c = c;
    }

    /** A user's id as the policies compare it: a row in auth.users (Supabase) or in the table owner columns reference. */
    String user(String who) throws SQLException {
        String existing = users.get(who);
        if (existing != null) {
            return existing;
        }
        String id;
        Optional<ForeignKey> toUsers = userReference();
        Optional<Table> ownRowUsers = supabase || toUsers.isPresent() ? Optional.empty() : usersByOwnRow();
        if (ownRowUsers.isPresent()) {
            // no owner column points at the users table, but it guards its own rows by key: ids are its keys (uuid or identity)
            Table usersTable = ownRowUsers.get();
            Map<String, String> key = insert(usersTable, prepare(usersTable, null, 0));
            id = key.get(RowLevelSecurityProbe.physical(usersTable.primaryKey().get(0)));
        } else if (supabase || toUsers.isEmpty() || toUsers.get().external()) {
            // a -> ...0a, b -> ...0b, c -> ...0c: one id per user the probes name
            id = String.format("00000000-0000-4000-8000-%012x", 10 + users.size());
            if (supabase) {
                exec("INSERT INTO auth.users (id, email) VALUES ('" + id + "', '" + who + "@example.com')");
            }
        } else {
            Table usersTable = model.table(toUsers.get().refTable()).orElseThrow();
            Map<String, String> key = insert(usersTable, prepare(usersTable, null, 0));
            id = key.get(RowLevelSecurityProbe.physical(toUsers.get().refColumns().get(0)));
        }
        users.put(who, id);
        return id;
    }

    /** The application's users table, whose rows are the users themselves (user ids are its keys). */
    boolean isUsersTable(Table t) {
        return !supabase && t.primaryKey().size() == 1 && (userReference().filter(fk -> !fk.external() && fk.refTable().equals(t.name())).isPresent()
                || userReference().isEmpty() && usersByOwnRow().filter(u -> u.name().equals(t.name())).isPresent());
    }

    /** The application's users table found by its own-row rule: an OWNER policy on its single primary-key column. */
    private Optional<Table> usersByOwnRow() {
        return model.tables().stream().filter(t -> t.primaryKey().size() == 1 && t.policies().stream()
                .anyMatch(p -> p.rule().kind() == PolicyRuleKind.OWNER && p.rule().column().equals(t.primaryKey().get(0)))).findFirst();
    }

    /** The FK of the first OWNER-rule column: where user ids live. */
    private Optional<ForeignKey> userReference() {
        for (Table t : model.tables()) {
            for (Policy p : t.policies()) {
                if (p.rule().kind() == PolicyRuleKind.OWNER) {
                    String col = p.rule().column();
                    Optional<ForeignKey> fk = t.foreignKeys().stream().filter(f -> f.columns().equals(List.of(col))).findFirst();
                    if (fk.isPresent()) {
                        return fk;
                    }
                }
            }
        }
        return Optional.empty();
    }

    Row prepare(Table t, String user) throws SQLException {
        return prepare(t, user, 0, Map.of());
    }

    /** A row with some columns given as plain values (physical column name -> value, cast to the column's type). */
    Row prepare(Table t, String user, Map<String, String> given) throws SQLException {
        Map<String, String> types = types(t);
        Map<String, String> preset = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            preset.put(e.getKey(), cast(e.getValue(), types.get(e.getKey())));
        }
        return prepare(t, user, 0, preset);
    }

    private Row prepare(Table t, String user, int depth) throws SQLException {
        return prepare(t, user, depth, Map.of());
    }

    /** {@code preset}: physical column name -> SQL expression, kept as given (e.g. a membership row's keys). */
    private Row prepare(Table t, String user, int depth, Map<String, String> preset) throws SQLException {
        if (depth > MAX_DEPTH) {
            throw new SQLException("required foreign keys nest deeper than " + MAX_DEPTH + " from " + t.name());
        }
        preparing.push(t.name());
        try {
            return prepareRow(t, user, depth, preset);
        } finally {
            preparing.pop();
        }
    }

    private Row prepareRow(Table t, String user, int depth, Map<String, String> preset) throws SQLException {
        Map<String, String> types = types(t);
        Map<String, String> values = new LinkedHashMap<>(preset);
        boolean closesCycle = false;
        // the users table's own key is the user id it is about to get, not an owner to fill in
        boolean usersTable = isUsersTable(t);
        List<String> ownerColumns = t.policies().stream()
                .flatMap(p -> java.util.stream.Stream.of(p.rule().kind() == PolicyRuleKind.OWNER ? p.rule().column() : null, p.rule().orOwnerColumn()))
                .filter(c -> c != null && !(usersTable && t.primaryKey().contains(c))).distinct().toList();
        // a nullable FK that a PARENT_OWNER / TENANT_MEMBER / PARENT_ACCESS policy follows must be filled, or no user could reach the row
        List<String> ruleColumns = t.policies().stream()
                .filter(p -> p.rule().kind() == PolicyRuleKind.PARENT_OWNER || p.rule().kind() == PolicyRuleKind.TENANT_MEMBER
                        || p.rule().kind() == PolicyRuleKind.PARENT_ACCESS)
                .map(p -> p.rule().column()).distinct().toList();
        for (ForeignKey fk : t.foreignKeys()) {
            // key columns are NOT NULL in the DDL whatever the model says
            boolean required = fk.columns().stream().anyMatch(col -> !t.column(col).map(Column::nullable).orElse(true)
                    || ruleColumns.contains(col) || t.primaryKey().contains(col));
            boolean owner = fk.columns().size() == 1 && ownerColumns.contains(fk.columns().get(0));
            if (fk.columns().stream().allMatch(col -> values.containsKey(RowLevelSecurityProbe.physical(col)))) {
                continue;
            }
            if (owner && user != null) {
                continue;  // set below
            }
            // a reference to the user id (auth.users, or the application's users table) names the acting user
            boolean toUserIds = fk.external() || user != null && fk.columns().size() == 1 && model.table(fk.refTable()).filter(this::isUsersTable)
                    .filter(u -> u.primaryKey().equals(fk.refColumns())).isPresent();
            if (toUserIds) {
                if (required) {
                    String id = user != null ? user : user("a");
                    values.put(RowLevelSecurityProbe.physical(fk.columns().get(0)), cast(id, types.get(RowLevelSecurityProbe.physical(fk.columns().get(0)))));
                }
                continue;
            }
            if (!required || fk.refTable().equals(t.name())) {
                continue;
            }
            Table parent = model.table(fk.refTable()).orElseThrow();
            Optional<String> cycleKey = preparing.contains(parent.name()) ? presetKey(parent, fk) : Optional.empty();
            if (cycleKey.isPresent()) {
                String col = RowLevelSecurityProbe.physical(fk.columns().get(0));
                values.put(col, cast(cycleKey.get(), types.get(col)));
                closesCycle = true;
                continue;
            }
            Map<String, String> parentKey = parent(parent, user, depth);
            for (int i = 0; i < fk.columns().size(); i++) {
                String col = RowLevelSecurityProbe.physical(fk.columns().get(i));
                values.put(col, cast(parentKey.get(RowLevelSecurityProbe.physical(fk.refColumns().get(i))), types.get(col)));
            }
            if (user != null && fk.columns().size() == 1) {
                joinTenant(t, fk.columns().get(0), values.get(RowLevelSecurityProbe.physical(fk.columns().get(0))), user, depth);
            }
        }
        Map<String, String> chosenKey = presetKeys.remove(t.name());
        if (chosenKey != null) {
            values.putAll(chosenKey);
        }
        for (Column col : t.columns()) {
            String name = RowLevelSecurityProbe.physical(col.name());
            if (values.containsKey(name) || col.identity()) {
                continue;
            }
            if (ownerColumns.contains(col.name()) || (col.defaultValue() != null && col.defaultValue().kind() == DefaultKind.CURRENT_USER)) {
                String id = user != null ? user : user("a");
                values.put(name, cast(id, types.get(name)));
                continue;
            }
            List<CheckConstraint> checks = t.checks().stream().filter(ck -> ck.columns().contains(col.name())).toList();
            if ((col.nullable() || col.defaultValue() != null) && checks.isEmpty() && !inUnique(t, col.name())) {
                continue;  // NULL or the column default
            }
            if (col.nullable() && !t.primaryKey().contains(col.name())) {
                continue;
            }
            values.put(name, cast(value(t, col, checks, values), types.get(name)));
        }
        return new Row(values, closesCycle);
    }

    /**
     * For a single-column reference to the key of a row still being prepared: that key, chosen now (the row takes it
     * when its preparation resumes). Identity keys cannot be chosen, so such a cycle stays unsupported.
     */
    private Optional<String> presetKey(Table parent, ForeignKey fk) throws SQLException {
        if (fk.columns().size() != 1 || parent.primaryKey().size() != 1 || !parent.primaryKey().equals(fk.refColumns())) {
            return Optional.empty();
        }
        Column key = parent.column(parent.primaryKey().get(0)).orElseThrow();
        if (key.identity()) {
            return Optional.empty();
        }
        String physical = RowLevelSecurityProbe.physical(key.name());
        Map<String, String> chosen = presetKeys.get(parent.name());
        if (chosen == null) {
            chosen = Map.of(physical, cast(value(parent, key, List.of(), Map.of()), types(parent).get(physical)));
            presetKeys.put(parent.name(), chosen);
        }
        return Optional.of(uncast(chosen.get(physical)));
    }

    /**
     * For a tenant table whose own key a TENANT_MEMBER rule reads: makes the user a member of the row just created,
     * as the application would right after creating a tenant.
     */
    void joinOwnTenant(Table t, Map<String, String> key, String user) throws SQLException {
        for (Policy p : t.policies()) {
            if (p.rule().kind() == PolicyRuleKind.TENANT_MEMBER && t.primaryKey().contains(p.rule().column())) {
                // keys come back as plain values; joinTenant takes the SQL literal form rows are built from
                joinTenant(t, p.rule().column(), literal(key.get(RowLevelSecurityProbe.physical(p.rule().column()))), user, 0);
                return;
            }
        }
    }

    /** For a TENANT_MEMBER rule on {@code column}: makes the user a member of the tenant the row points to. */
    private void joinTenant(Table t, String column, String tenantKey, String user, int depth) throws SQLException {
        for (Policy p : t.policies()) {
            // a membership row is its own proof of membership
            if (p.rule().kind() != PolicyRuleKind.TENANT_MEMBER || !p.rule().column().equals(column) || p.rule().parentTable().equals(t.name())) {
                continue;
            }
            Table members = model.table(p.rule().parentTable()).orElseThrow();
            // by value: the same tenant key arrives cast ('…'::uuid) through a foreign key and bare through joinOwnTenant
            String key = members.name() + "\u0000" + uncast(tenantKey) + "\u0000" + user;
            if (memberships.add(key)) {
                Map<String, String> types = types(members);
                String keyCol = RowLevelSecurityProbe.physical(p.rule().parentKeyColumn());
                String userCol = RowLevelSecurityProbe.physical(p.rule().parentOwnerColumn());
                Map<String, String> preset = new LinkedHashMap<>();
                preset.put(keyCol, cast(uncast(tenantKey), types.get(keyCol)));
                preset.put(userCol, cast(user, types.get(userCol)));
                insert(members, prepare(members, user, depth + 1, preset));
            }
            return;
        }
    }

    /** One parent row per (table, user), reused: small IN_VALUES sets under a unique key allow only a few rows. */
    private Map<String, String> parent(Table parent, String user, int depth) throws SQLException {
        String key = parent.name() + "\u0000" + user;
        Map<String, String> existing = parents.get(key);
        if (existing == null) {
            existing = insert(parent, prepare(parent, user, depth + 1), parent.columns().stream().map(Column::name).toList());
            parents.put(key, existing);
        }
        return existing;
    }

    private static boolean inUnique(Table t, String column) {
        return t.uniques().stream().anyMatch(u -> u.columns().contains(column))
                || t.indexes().stream().anyMatch(i -> i.unique() && i.columnNames().contains(column))
                || t.primaryKey().contains(column);
    }

    private String value(Table t, Column col, List<CheckConstraint> checks, Map<String, String> sofar) {
        int n = ++counter;
        for (CheckConstraint ck : checks) {
            if (ck.kind() == CheckKind.COLUMNS_ORDERED && ck.columns().get(1).equals(col.name())) {
                String first = sofar.get(RowLevelSecurityProbe.physical(ck.columns().get(0)));
                if (first != null) {
                    return uncast(first);
                }
            }
        }
        for (CheckConstraint ck : checks) {
            CheckKind k = ck.kind();
            if (k == CheckKind.IN_VALUES) {
                // rotate per column: the column may also be unique
                int used = rotation.merge(t.name() + "\u0000" + col.name(), 1, Integer::sum);
                return ck.args().get((used - 1) % ck.args().size());
            } else if (k == CheckKind.EMAIL_FORMAT) {
                return "u" + n + "@example.com";
            } else if (k == CheckKind.LENGTH_BETWEEN) {
                String s = "v" + n;
                int min = ck.args().get(0).isBlank() ? 0 : Integer.parseInt(ck.args().get(0).trim());
                int max = ck.args().size() < 2 || ck.args().get(1).isBlank() ? Integer.MAX_VALUE : Integer.parseInt(ck.args().get(1).trim());
                s = s + "x".repeat(Math.max(0, min - s.length()));
                return s.length() > max ? s.substring(s.length() - max) : s;
            } else if (k == CheckKind.VALUE_BETWEEN) {
                String lo = ck.args().get(0).trim();
                String hi = ck.args().size() < 2 ? "" : ck.args().get(1).trim();
                return !lo.isEmpty() ? lo : !hi.isEmpty() ? hi : Integer.toString(n);
            }
        }
        ColumnType type = col.type();
        if (type.array()) {
            return "{}";
        }
        TypeKind k = type.kind();
        if (k == TypeKind.UUID) {
            return String.format("00000000-0000-4000-8000-%012d", n);
        } else if (k == TypeKind.TEXT || k == TypeKind.VARCHAR) {
            return "v" + n;
        } else if (k == TypeKind.SMALLINT || k == TypeKind.INTEGER || k == TypeKind.BIGINT || k == TypeKind.NUMERIC || k == TypeKind.REAL) {
            return Integer.toString(n);
        } else if (k == TypeKind.BOOLEAN) {
            return "true";
        } else if (k == TypeKind.DATE) {
            return "2024-01-" + (10 + n % 18);
        } else if (k == TypeKind.TIME) {
            return "12:" + (10 + n % 49);
        } else if (k == TypeKind.TIMESTAMPTZ) {
            return "2024-01-15T12:" + (10 + n % 49) + ":00Z";
        } else if (k == TypeKind.INTERVAL) {
            return n + " minutes";
        } else if (k == TypeKind.JSON) {
            return "{\"n\": " + n + "}";
        } else if (k == TypeKind.BYTES) {
            return "\\x" + Integer.toHexString(n);
        } else if (k == TypeKind.ENUM) {
            return model.enumType(type.enumName()).orElseThrow().values().get(0);
        }
        throw new IllegalStateException("unsupported " + k);
    }

    Map<String, String> insert(Table t, Row row) throws SQLException {
        return insert(t, row, t.primaryKey());
    }

    /** Inserts the row and returns the requested columns of it (as text). */
    Map<String, String> insert(Table t, Row row, List<String> returning) throws SQLException {
        if (row.closesCycle()) {
            exec("SET LOCAL session_replication_role = replica");
            try {
                return insertRow(t, row, returning);
            } finally {
                exec("SET LOCAL session_replication_role = origin");
            }
        }
        return insertRow(t, row, returning);
    }

    /** INSERT without RETURNING: only the INSERT policy decides (RETURNING would also apply the SELECT policy). */
    int insertOnly(Table t, Row row) throws SQLException {
        return update(insertStatement(t, row));
    }

    private static String insertStatement(Table t, Row row) {
        String target = ident(RowLevelSecurityProbe.physical(t.name()));
        return row.values().isEmpty() ? "INSERT INTO " + target + " DEFAULT VALUES"
                : "INSERT INTO " + target + " (" + row.values().keySet().stream().map(RowFactory::ident).collect(Collectors.joining(", "))
                + ") VALUES (" + String.join(", ", row.values().values()) + ")";
    }

    private Map<String, String> insertRow(Table t, Row row, List<String> returning) throws SQLException {
        String sql = insertStatement(t, row);
        List<String> cols = returning.stream().map(RowLevelSecurityProbe::physical).toList();
        sql += " RETURNING " + cols.stream().map(col -> ident(col) + "::text").collect(Collectors.joining(", "));
        List<List<String>> result = RowLevelSecurityProbe.query(c, sql);
        Map<String, String> key = new LinkedHashMap<>();
        for (int i = 0; i < cols.size(); i++) {
            key.put(cols.get(i), result.get(0).get(i));
        }
        return key;
    }

    int count(Table t, Map<String, String> key) throws SQLException {
        return Integer.parseInt(RowLevelSecurityProbe.query(c, "SELECT count(*) FROM " + ident(RowLevelSecurityProbe.physical(t.name()))
                + where(t, key)).get(0).get(0));
    }

    /**
     * UPDATE setting a column to itself (another one than {@code column} when that is an identity column, which only
     * takes DEFAULT): the row count says whether the policy let the row through.
     */
    int touch(Table t, String column, Map<String, String> key) throws SQLException {
        String touched = t.column(column).filter(Column::identity).isEmpty() ? column
                : t.columns().stream().filter(c -> !c.identity()).map(Column::name).findFirst().orElse(column);
        String col = ident(RowLevelSecurityProbe.physical(touched));
        return update("UPDATE " + ident(RowLevelSecurityProbe.physical(t.name())) + " SET " + col + " = " + col + where(t, key));
    }

    int delete(Table t, Map<String, String> key) throws SQLException {
        return update("DELETE FROM " + ident(RowLevelSecurityProbe.physical(t.name())) + where(t, key));
    }

    private String where(Table t, Map<String, String> key) throws SQLException {
        Map<String, String> types = types(t);
        List<String> terms = new ArrayList<>();
        key.forEach((col, v) -> terms.add(ident(col) + " = " + cast(v, types.get(col))));
        return " WHERE " + String.join(" AND ", terms);
    }

    private int update(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    /** Column name -> format_type as PostgreSQL built the table. */
    private Map<String, String> types(Table t) throws SQLException {
        String physical = RowLevelSecurityProbe.physical(t.name());
        Map<String, String> cached = typeCache.get(physical);
        if (cached != null) {
            return cached;
        }
        Map<String, String> types = new LinkedHashMap<>();
        for (List<String> r : RowLevelSecurityProbe.query(c, "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a"
                + " WHERE a.attrelid = " + literal("public." + ident(physical)) + "::regclass AND a.attnum > 0 AND NOT a.attisdropped")) {
            types.put(r.get(0), r.get(1));
        }
        typeCache.put(physical, types);
        return types;
    }

    private static String cast(String value, String type) {
        return literal(value) + (type == null ? "" : "::" + type);
    }

    private static String uncast(String expr) {
        int end = expr.lastIndexOf("'::");
        String quoted = end < 0 ? expr : expr.substring(0, end + 1);
        return quoted.substring(1, quoted.length() - 1).replace("''", "'");
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static String ident(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
