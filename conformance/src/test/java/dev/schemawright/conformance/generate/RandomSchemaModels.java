package dev.schemawright.conformance.generate;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Cardinality;
import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.CheckKind;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.DefaultKind;
import dev.schemawright.contracts.model.DefaultValue;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexColumn;
import dev.schemawright.contracts.model.IndexCondition;
import dev.schemawright.contracts.model.IndexMethod;
import dev.schemawright.contracts.model.IndexPredicate;
import dev.schemawright.contracts.model.KeyStrategy;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.PolicyCommand;
import dev.schemawright.contracts.model.PolicyRule;
import dev.schemawright.contracts.model.PolicyRuleKind;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TargetStack;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.render.naming.PhysicalName;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Valid, plausible SchemaModels from a seed, built to stress the renderers: reserved words, quotes, semicolons,
 * non-ASCII and over-63-byte names; self-references, composite keys, FK cycles, join tables, enums, every CheckKind,
 * DefaultKind, IndexMethod, IndexPredicate and PolicyRuleKind. Plausible means what a designer would emit: FK columns
 * exist with the referenced key's type, keys exist, SET NULL only on nullable columns, checks on columns of a fitting
 * type, names unique per kind even after case folding (SQLite and Prisma fold case). Same seed, same model.
 */
public final class RandomSchemaModels {
    static final List<String> TABLE_NAMES = List.of(
            "user", "order", "group", "select", "check", "project", "task", "note", "tag", "comment", "invoice", "account", "exception",
            "Line Item", "O'Brien notes", "drop;table", "café_menu", "数据表", "Straße", "2fa_code", "CamelCaseThing",
            "quote\"d", "event log", "from", "where",
            "a_very_long_table_name_that_goes_well_beyond_the_sixty_three_byte_limit_of_postgres",
            "a_very_long_table_name_that_goes_well_beyond_the_sixty_three_byte_limit_of_postgres_again",
            "ünïcödé_tablé_with_multibyte_characters_that_exceeds_sixty_three_bytes");
    static final List<String> COLUMN_NAMES = List.of(
            "name", "title", "select", "from", "order", "desc", "key", "value", "type", "col;umn", "it's", "naïve",
            "Größe", "mixedCase", "with space", "数据", "2nd_place", "class", "def", "import", "None", "lambda", "metadata",
            "status", "amount", "score", "starts_on", "ends_on", "email", "body", "payload", "tags", "due",
            "a_column_name_that_is_much_longer_than_the_sixty_three_byte_identifier_limit_xyz", "group", "limit");
    static final List<String> ENUM_NAMES = List.of("status", "order status", "Priority", "type", "ünïcode_kind", "role");
    static final List<String> ENUM_VALUES = List.of("draft", "in progress", "it's done", "a;b", "ÜBER", "UPPER", "1st",
            "quote\"d", "select", "None");
    static final List<String> ROLES_PLAIN = List.of("authenticated", "app user");

    private final SplittableRandom rnd;
    private final boolean supabase;
    private final KeyStrategy keys;
    private final String role;  // one API role per model, as a designer would grant it
    private final Set<String> globalNames = new HashSet<>();  // index / constraint names: schema-wide in PostgreSQL
    private final List<EnumType> enums = new ArrayList<>();
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<Relationship> relationships = new ArrayList<>();
    private String usersTable;  // the application's users table (plain PostgreSQL mode)
    private final List<List<String>> naturalKeys = new ArrayList<>();  // [table, column] of unique non-key uuid columns

    private RandomSchemaModels(long seed) {
        this.rnd = new SplittableRandom(seed);
        this.supabase = rnd.nextBoolean();
        this.keys = rnd.nextBoolean() ? KeyStrategy.UUID : KeyStrategy.IDENTITY;
        this.role = supabase ? "authenticated" : ROLES_PLAIN.get(rnd.nextInt(ROLES_PLAIN.size()));
    }

    public static SchemaModel generate(long seed) {
        return new RandomSchemaModels(seed).build(seed);
    }

    private SchemaModel build(long seed) {
        int enumCount = rnd.nextInt(3);
        List<String> enumNames = pickDistinct(ENUM_NAMES, enumCount);
        for (String n : enumNames) {
            enums.add(new EnumType(n, pickDistinct(ENUM_VALUES, 1 + rnd.nextInt(4)), List.of()));
        }
        List<String> names = pickDistinct(TABLE_NAMES, 3 + rnd.nextInt(5));
        if (!supabase) {
            usersTable = names.get(0);
            tables.put(usersTable, usersTable(usersTable));
            names = names.subList(1, names.size());
        }
        // owned entities first, then children of an owned one, a lookup, a join table, a tenant pair, and plain entities
        List<String> owned = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            int role = i == 0 ? 0 : rnd.nextInt(6);
            Table t;
            if (role == 0 || owned.isEmpty() && role != 4) {
                t = ownedEntity(n);
                owned.add(n);
            } else if (role == 1) {
                t = childOf(n, tables.get(owned.get(rnd.nextInt(owned.size()))));
                if (t.primaryKey().size() > 1 && rnd.nextBoolean()) {
                    tables.put(t.name(), t);
                    t = compositeChild(n + " detail", t);
                }
            } else if (role == 2) {
                t = lookup(n);
            } else if (role == 3 && tables.size() >= 2) {
                t = joinTable(n);
            } else if (role == 4) {
                t = tenantScoped(n);
            } else {
                t = ownedEntity(n);
                owned.add(n);
            }
            tables.put(t.name(), t);
        }
        addCycle();
        addNaturalKeyReference();
        return new SchemaModel("random-" + Long.toHexString(seed), "Random model " + seed + " — \"stress\"; names",
                "Generated to stress renderers.", new TargetStack("PostgreSQL", supabase ? AuthProvider.SUPABASE : AuthProvider.APPLICATION,
                keys, ""), enums, List.copyOf(tables.values()), relationships, List.of(), List.of(), List.of());
    }

    // ---------------------------------------------------------------- tables

    private Table usersTable(String name) {
        List<Column> cols = new ArrayList<>(List.of(idColumn()));
        Column email = Column.of("email", ColumnType.varchar(320), false);
        cols.add(email);
        cols.add(Column.of("created_at", ColumnType.of(TypeKind.TIMESTAMPTZ), false).withDefault(DefaultValue.of(DefaultKind.NOW)));
        Table t = Table.of(name, TableKind.ENTITY, cols, List.of("id"))
                .withUniques(List.of(new UniqueConstraint(globalName(name + "_email_key"), List.of("email"), List.of())))
                .withChecks(List.of(new CheckConstraint(globalName(name + "_email_format"), CheckKind.EMAIL_FORMAT, List.of("email"), List.of(), List.of())));
        return t;
    }

    private Table ownedEntity(String name) {
        Builder b = new Builder(name, TableKind.ENTITY);
        b.cols.add(idColumn());
        b.pk.add("id");
        String owner = rnd.nextInt(4) == 0 ? "owner id" : "user_id";
        b.cols.add(Column.of(owner, userIdType(), false).withDefault(rnd.nextBoolean() ? DefaultValue.of(DefaultKind.CURRENT_USER) : null));
        b.fks.add(userForeignKey(name, owner));
        b.index(owner);
        attributes(b, 2 + rnd.nextInt(5));
        if (rnd.nextInt(3) == 0) {  // self-reference: a tree of rows
            b.cols.add(Column.of("parent_id", keyType(), true));
            b.fks.add(new ForeignKey(globalName(name + "_parent_id_fkey"), List.of("parent_id"), null, name, List.of("id"),
                    FkAction.SET_NULL, "a parent's removal orphans its children", List.of()));
            b.index("parent_id");
            relationships.add(new Relationship(name, name, Cardinality.ONE_TO_MANY, null, true, "parent of", List.of()));
        }
        b.ownerPolicies(owner);
        return b.build();
    }

    private Table childOf(String name, Table parent) {
        Builder b = new Builder(name, TableKind.CHILD);
        String fkCol = PhysicalName.of(parent.name()).length() > 40 ? "parent_ref" : parent.name() + "_id";
        boolean composite = rnd.nextInt(3) == 0;  // composite key: (parent, position)
        if (composite) {
            b.cols.add(Column.of(fkCol, keyType(), false));
            b.cols.add(Column.of("position", ColumnType.of(TypeKind.INTEGER), false));
            b.pk.addAll(List.of(fkCol, "position"));
            b.checks.add(new CheckConstraint(globalName(name + "_position_check"), CheckKind.NON_NEGATIVE, List.of("position"), List.of(), List.of()));
        } else {
            b.cols.add(idColumn());
            b.pk.add("id");
            b.cols.add(Column.of(fkCol, keyType(), false));
            b.index(fkCol);
        }
        b.fks.add(new ForeignKey(globalName(name + "_" + fkCol + "_fkey"), List.of(fkCol), null, parent.name(), List.of("id"),
                rnd.nextBoolean() ? FkAction.CASCADE : FkAction.RESTRICT, "children belong to their parent", List.of()));
        relationships.add(new Relationship(parent.name(), name, Cardinality.ONE_TO_MANY, null, false, "has", List.of()));
        attributes(b, 1 + rnd.nextInt(4));
        String parentOwner = parent.policies().stream().filter(p -> p.rule().kind() == PolicyRuleKind.OWNER)
                .map(p -> p.rule().column()).findFirst().orElseThrow();
        b.policies(PolicyRule.parentOwner(fkCol, parent.name(), "id", parentOwner), null);
        return b.build();
    }

    /** A row that points at a composite key: a two-column foreign key. */
    private Table compositeChild(String name, Table parent) {
        Builder b = new Builder(name, TableKind.CHILD);
        b.cols.add(idColumn());
        b.pk.add("id");
        List<String> refs = parent.primaryKey();
        List<String> cols = List.of("parent_ref", "parent_position");
        b.cols.add(Column.of(cols.get(0), pkTypeOf(parent, refs.get(0)), false));
        b.cols.add(Column.of(cols.get(1), pkTypeOf(parent, refs.get(1)), false));
        b.fks.add(new ForeignKey(globalName(name + "_parent_fkey"), cols, null, parent.name(), refs, FkAction.CASCADE,
                "details go with their line", List.of()));
        b.indexes.add(new Index(globalName(name + "_parent_idx"), List.of(IndexColumn.asc(cols.get(0)), IndexColumn.asc(cols.get(1))),
                false, IndexMethod.BTREE, IndexPredicate.NONE, "foreign key lookups", List.of()));
        relationships.add(new Relationship(parent.name(), name, Cardinality.ONE_TO_MANY, null, false, "details", List.of()));
        attributes(b, 1 + rnd.nextInt(2));
        b.policies(PolicyRule.authenticated(), null);
        return b.build();
    }

    private static ColumnType pkTypeOf(Table t, String column) {
        ColumnType type = t.column(column).orElseThrow().type();
        return new ColumnType(type.kind(), type.length(), type.precision(), type.scale(), type.enumName(), false);
    }

    private Table lookup(String name) {
        Builder b = new Builder(name, TableKind.LOOKUP);
        b.cols.add(Column.of("code", ColumnType.varchar(40), false));
        b.pk.add("code");
        b.checks.add(new CheckConstraint(globalName(name + "_code_check"), CheckKind.NOT_BLANK, List.of("code"), List.of(), List.of()));
        attributes(b, 1 + rnd.nextInt(3));
        // shared reference data: everyone signed in reads, nobody writes through the API
        b.policies(PolicyRule.authenticated(), new PolicyRule(PolicyRuleKind.DENY, null, null, null, null));
        return b.build();
    }

    private Table joinTable(String name) {
        List<Table> entities = tables.values().stream().filter(t -> t.kind() != TableKind.JOIN && t.primaryKey().size() == 1).toList();
        if (entities.size() < 2) {
            return ownedEntity(name);
        }
        Table a = entities.get(rnd.nextInt(entities.size()));
        Table c;
        do {
            c = entities.get(rnd.nextInt(entities.size()));
        } while (c == a);
        Builder b = new Builder(name, TableKind.JOIN);
        String ac = "left_" + a.primaryKey().get(0);
        String cc = "right_" + c.primaryKey().get(0);
        b.cols.add(Column.of(ac, pkType(a), false));
        b.cols.add(Column.of(cc, pkType(c), false));
        b.pk.addAll(List.of(ac, cc));
        b.fks.add(new ForeignKey(globalName(name + "_left_fkey"), List.of(ac), null, a.name(), a.primaryKey(), FkAction.CASCADE, "", List.of()));
        b.fks.add(new ForeignKey(globalName(name + "_right_fkey"), List.of(cc), null, c.name(), c.primaryKey(), FkAction.CASCADE, "", List.of()));
        b.index(cc);
        b.cols.add(Column.of("created_at", ColumnType.of(TypeKind.TIMESTAMPTZ), false).withDefault(DefaultValue.of(DefaultKind.NOW)));
        relationships.add(new Relationship(a.name(), c.name(), Cardinality.MANY_TO_MANY, name, true, "linked to", List.of()));
        b.policies(PolicyRule.authenticated(), null);
        return b.build();
    }

    /**
     * A tenant (workspace) users create, its membership table and a row scoped by membership (TENANT_MEMBER), with a
     * row under that one (PARENT_ACCESS). The tenant's creator reads it before joining it (TENANT_MEMBER or creator)
     * and manages its memberships (PARENT_OWNER through the creator); a member may leave.
     */
    private Table tenantScoped(String name) {
        String tenant = name + " tenant";
        String members = name + " members";
        PolicyRule memberOfTenant = PolicyRule.tenantMember("tenant_id", members, "tenant_id", "member_id");
        Builder tb = new Builder(tenant, TableKind.ENTITY);
        tb.cols.add(idColumn());
        tb.pk.add("id");
        tb.cols.add(Column.of("label", ColumnType.of(TypeKind.TEXT), false));
        tb.cols.add(Column.of("created_by", userIdType(), true).withDefault(rnd.nextBoolean() ? DefaultValue.of(DefaultKind.CURRENT_USER) : null));
        tb.fks.add(userForeignKey(tenant, "created_by").withOnDelete(FkAction.SET_NULL, "the tenant outlives its creator's account"));
        tb.index("created_by");
        tb.policies(PolicyRule.tenantMember("id", members, "tenant_id", "member_id").orOwner("created_by"), PolicyRule.owner("created_by"));
        tables.put(tenant, tb.build());
        Builder mb = new Builder(members, TableKind.JOIN);
        mb.cols.add(Column.of("tenant_id", keyType(), false));
        mb.cols.add(Column.of("member_id", userIdType(), false));
        mb.pk.addAll(List.of("tenant_id", "member_id"));
        mb.fks.add(new ForeignKey(globalName(members + "_tenant_fkey"), List.of("tenant_id"), null, tenant, List.of("id"), FkAction.CASCADE, "", List.of()));
        mb.fks.add(userForeignKey(members, "member_id"));
        mb.index("member_id");
        PolicyRule byCreator = PolicyRule.parentOwner("tenant_id", tenant, "id", "created_by");
        mb.policies(memberOfTenant.orOwner("member_id"), byCreator, byCreator, byCreator.orOwner("member_id"));
        tables.put(members, mb.build());
        Builder b = new Builder(name, TableKind.ENTITY);
        b.cols.add(idColumn());
        b.pk.add("id");
        b.cols.add(Column.of("tenant_id", keyType(), false));
        b.fks.add(new ForeignKey(globalName(name + "_tenant_fkey"), List.of("tenant_id"), null, tenant, List.of("id"), FkAction.CASCADE, "", List.of()));
        b.index("tenant_id");
        attributes(b, 1 + rnd.nextInt(3));
        b.policies(memberOfTenant, null);
        relationships.add(new Relationship(tenant, name, Cardinality.ONE_TO_MANY, null, false, "scopes", List.of()));
        Table scoped = b.build();
        tables.put(name, scoped);
        String entries = name + " entries";
        Builder eb = new Builder(entries, TableKind.CHILD);
        eb.cols.add(idColumn());
        eb.pk.add("id");
        eb.cols.add(Column.of("scoped_id", keyType(), false));
        eb.fks.add(new ForeignKey(globalName(entries + "_scoped_fkey"), List.of("scoped_id"), null, name, List.of("id"), FkAction.CASCADE, "", List.of()));
        eb.index("scoped_id");
        attributes(eb, 1 + rnd.nextInt(2));
        eb.policies(PolicyRule.parentAccess("scoped_id", name, "id"), null);
        relationships.add(new Relationship(name, entries, Cardinality.ONE_TO_MANY, null, false, "lists", List.of()));
        tables.put(entries, eb.build());
        return scoped;
    }

    /** A reference cycle: an earlier table gets a nullable FK to a later one (the later one already points back or on). */
    private void addCycle() {
        List<Table> single = tables.values().stream().filter(t -> t.primaryKey().size() == 1 && t.primaryKey().get(0).equals("id")).toList();
        if (single.size() < 2 || rnd.nextInt(3) == 0) {
            return;
        }
        Table from = single.get(0);
        Table to = single.get(single.size() - 1);
        String col = "featured_" + (PhysicalName.of(to.name()).length() > 30 ? "ref" : to.name()) + "_id";
        if (from.hasColumn(col)) {
            return;
        }
        List<Column> cols = new ArrayList<>(from.columns());
        cols.add(Column.of(col, pkType(to), true));
        List<ForeignKey> fks = new ArrayList<>(from.foreignKeys());
        fks.add(new ForeignKey(globalName(from.name() + "_" + col + "_fkey"), List.of(col), null, to.name(), List.of("id"),
                rnd.nextBoolean() ? FkAction.SET_NULL : FkAction.NO_ACTION, "optional pointer closing a cycle", List.of()));
        List<Index> idx = new ArrayList<>(from.indexes());
        idx.add(new Index(globalName(from.name() + "_" + col + "_idx"), List.of(IndexColumn.asc(col)), false, IndexMethod.BTREE,
                IndexPredicate.FIRST_NOT_NULL, "FK lookups", List.of()));
        tables.put(from.name(), from.withColumns(cols).withForeignKeys(fks).withIndexes(idx));
        relationships.add(new Relationship(to.name(), from.name(), Cardinality.ONE_TO_MANY, null, true, "featured in", List.of()));
    }

    /** A foreign key to a unique column that is not the primary key (a public id), from another table. */
    private void addNaturalKeyReference() {
        if (naturalKeys.isEmpty() || rnd.nextInt(3) == 0) {
            return;
        }
        List<String> target = naturalKeys.get(rnd.nextInt(naturalKeys.size()));
        List<Table> others = tables.values().stream().filter(t -> !t.name().equals(target.get(0))).toList();
        if (others.isEmpty()) {
            return;
        }
        Table from = others.get(rnd.nextInt(others.size()));
        String col = "public_ref";
        if (from.hasColumn(col)) {
            return;
        }
        List<Column> cols = new ArrayList<>(from.columns());
        cols.add(Column.of(col, ColumnType.of(TypeKind.UUID), true));
        List<ForeignKey> fks = new ArrayList<>(from.foreignKeys());
        fks.add(new ForeignKey(globalName(from.name() + "_public_ref_fkey"), List.of(col), null, target.get(0), List.of(target.get(1)),
                FkAction.SET_NULL, "refers by public id", List.of()));
        List<Index> idx = new ArrayList<>(from.indexes());
        idx.add(new Index(globalName(from.name() + "_public_ref_idx"), List.of(IndexColumn.asc(col)), false, IndexMethod.BTREE,
                IndexPredicate.NONE, "FK lookups", List.of()));
        tables.put(from.name(), from.withColumns(cols).withForeignKeys(fks).withIndexes(idx));
        relationships.add(new Relationship(target.get(0), from.name(), Cardinality.ONE_TO_MANY, null, true, "referenced by", List.of()));
    }

    // ---------------------------------------------------------------- columns, checks, indexes

    private void attributes(Builder b, int count) {
        List<String> names = pickDistinct(COLUMN_NAMES, count + 2);
        int added = 0;
        for (String n : names) {
            if (added == count) {
                break;
            }
            if (b.hasKeyLike(n)) {
                continue;
            }
            attribute(b, n);
            added++;
        }
        if (rnd.nextInt(3) == 0 && !b.hasKeyLike("updated_at")) {
            b.cols.add(Column.of("created_at", ColumnType.of(TypeKind.TIMESTAMPTZ), false).withDefault(DefaultValue.of(DefaultKind.NOW)));
            b.cols.add(Column.of("updated_at", ColumnType.of(TypeKind.TIMESTAMPTZ), false).withDefault(DefaultValue.of(DefaultKind.NOW)));
        }
        if (rnd.nextInt(4) == 0 && !b.hasKeyLike("deleted_at")) {  // soft delete, with a partial index for live rows
            b.cols.add(Column.of("deleted_at", ColumnType.of(TypeKind.TIMESTAMPTZ), true));
            b.indexes.add(new Index(globalName(b.name + "_live_idx"), List.of(IndexColumn.desc(b.pk.get(0))), false, IndexMethod.BTREE,
                    IndexPredicate.NOT_DELETED, "live rows", List.of()));
            b.cols.stream().filter(c -> !c.nullable() && !b.pk.contains(c.name()) && !c.type().array()
                            && (c.type().kind() == TypeKind.TEXT || c.type().kind() == TypeKind.VARCHAR)).findFirst()
                    .ifPresent(c -> b.indexes.add(new Index(globalName(b.name + "_" + c.name() + "_live_key"), List.of(IndexColumn.asc(c.name())),
                            true, IndexMethod.BTREE, IndexPredicate.NOT_DELETED, "unique among live rows", List.of())));
        }
        if (rnd.nextInt(3) == 0) { // "one row in a state per owner": a unique partial index WHERE a flag or a value holds
            oneInState(b);
        }
    }

    private void oneInState(Builder b) {
        Column key = b.cols.stream().filter(c -> !b.pk.contains(c.name()) && !c.type().array() && Set.of(TypeKind.TEXT, TypeKind.VARCHAR,
                TypeKind.INTEGER, TypeKind.BIGINT, TypeKind.UUID, TypeKind.DATE).contains(c.type().kind())).findFirst().orElse(null);
        if (key == null) {
            return;
        }
        Column valued = b.cols.stream().filter(c -> c.type().enumName() != null && !c.type().array()).findFirst().orElse(null);
        IndexCondition condition;
        int pick = rnd.nextInt(4);
        if (pick == 0 && valued != null) {
            EnumType e = enums.stream().filter(x -> x.name().equals(valued.type().enumName())).findFirst().orElseThrow();
            condition = IndexCondition.equalTo(valued.name(), e.values().get(rnd.nextInt(e.values().size())));
        } else if (pick == 1) {
            condition = IndexCondition.isNull(key.name());
        } else {
            if (!b.hasKeyLike("is_current")) {
                b.cols.add(Column.of("is_current", ColumnType.of(TypeKind.BOOLEAN), false).withDefault(DefaultValue.bool(false)));
            }
            condition = rnd.nextBoolean() ? IndexCondition.isTrue("is_current") : IndexCondition.isFalse("is_current");
        }
        IndexPredicate where = b.hasKeyLike("deleted_at") && rnd.nextBoolean() ? IndexPredicate.NOT_DELETED : IndexPredicate.NONE;
        b.indexes.add(new Index(globalName(b.name + "_" + key.name() + "_one_key"), List.of(IndexColumn.asc(key.name())), true, IndexMethod.BTREE,
                where, "one per owner in this state", List.of(), condition));
    }

    private void attribute(Builder b, String n) {
        int pick = rnd.nextInt(16);
        boolean nullable = rnd.nextInt(3) == 0;
        String t = b.name;
        if (pick == 0 && !enums.isEmpty()) {
            EnumType e = enums.get(rnd.nextInt(enums.size()));
            b.cols.add(Column.of(n, ColumnType.enumOf(e.name()), nullable)
                    .withDefault(rnd.nextBoolean() ? DefaultValue.enumValue(e.values().get(rnd.nextInt(e.values().size()))) : null));
        } else if (pick <= 2) {
            ColumnType type = rnd.nextBoolean() ? ColumnType.of(TypeKind.TEXT) : ColumnType.varchar(40 + rnd.nextInt(200));
            CheckKind k = List.of(CheckKind.LENGTH_BETWEEN, CheckKind.NOT_BLANK, CheckKind.EMAIL_FORMAT, CheckKind.IN_VALUES).get(rnd.nextInt(4));
            // the default satisfies the column's check, as a designer's would
            boolean withDefault = k != CheckKind.EMAIL_FORMAT && rnd.nextInt(3) == 0;
            b.cols.add(Column.of(n, type, nullable).withDefault(withDefault ? DefaultValue.string("it's; \"fine\" ü") : null));
            List<String> args = k == CheckKind.LENGTH_BETWEEN ? (rnd.nextBoolean() ? List.of("1", "40") : List.of("", "30"))
                    : k == CheckKind.IN_VALUES ? List.of("it's done", "a;b", "ünï", "it's; \"fine\" ü") : List.of();
            b.checks.add(new CheckConstraint(globalName(t + "_" + n + "_check"), k, List.of(n), args, List.of()));
            if (rnd.nextBoolean()) {
                IndexMethod m = List.of(IndexMethod.TRIGRAM, IndexMethod.FULLTEXT, IndexMethod.BTREE).get(rnd.nextInt(3));
                b.indexes.add(new Index(globalName(t + "_" + n + "_" + m.name().toLowerCase(Locale.ROOT) + "_idx"),
                        List.of(IndexColumn.asc(n)), false, m, IndexPredicate.NONE, "search", List.of()));
            }
            if (rnd.nextInt(4) == 0 && !nullable) {
                b.uniques.add(new UniqueConstraint(globalName(t + "_" + n + "_key"), List.of(n), List.of()));
            }
        } else if (pick <= 5) {
            TypeKind k = List.of(TypeKind.SMALLINT, TypeKind.INTEGER, TypeKind.BIGINT, TypeKind.NUMERIC, TypeKind.REAL).get(rnd.nextInt(5));
            ColumnType type = k == TypeKind.NUMERIC ? ColumnType.numeric(12, 2) : ColumnType.of(k);
            String def = k == TypeKind.NUMERIC || k == TypeKind.REAL ? "1.50" : "3";
            b.cols.add(Column.of(n, type, nullable).withDefault(rnd.nextBoolean() ? DefaultValue.number(def) : null));
            CheckKind ck = List.of(CheckKind.VALUE_BETWEEN, CheckKind.NON_NEGATIVE, CheckKind.POSITIVE).get(rnd.nextInt(3));
            List<String> args = ck == CheckKind.VALUE_BETWEEN ? (rnd.nextBoolean() ? List.of("0", "100") : List.of("1", "")) : List.of();
            b.checks.add(new CheckConstraint(globalName(t + "_" + n + "_check"), ck, List.of(n), args, List.of()));
            if (rnd.nextBoolean()) {
                b.indexes.add(new Index(globalName(t + "_" + n + "_idx"), List.of(IndexColumn.desc(n)), false, IndexMethod.BTREE,
                        nullable ? IndexPredicate.FIRST_NOT_NULL : IndexPredicate.NONE, "sorting", List.of()));
            }
        } else if (pick == 6) {
            b.cols.add(Column.of(n, ColumnType.of(TypeKind.BOOLEAN), false).withDefault(DefaultValue.bool(rnd.nextBoolean())));
        } else if (pick == 7) {
            // an ordered pair: starts <= ends
            TypeKind k = rnd.nextBoolean() ? TypeKind.DATE : TypeKind.TIMESTAMPTZ;
            String end = n + " end";
            if (b.hasKeyLike(end)) {
                return;
            }
            DefaultValue now = DefaultValue.of(k == TypeKind.DATE ? DefaultKind.TODAY : DefaultKind.NOW);
            b.cols.add(Column.of(n, ColumnType.of(k), false).withDefault(now));
            b.cols.add(Column.of(end, ColumnType.of(k), true));
            b.checks.add(new CheckConstraint(globalName(t + "_" + n + "_ordered"), CheckKind.COLUMNS_ORDERED, List.of(n, end), List.of(), List.of()));
        } else if (pick == 8) {
            // two values that must differ
            String other = n + " other";
            if (b.hasKeyLike(other)) {
                return;
            }
            b.cols.add(Column.of(n, ColumnType.of(TypeKind.INTEGER), false));
            b.cols.add(Column.of(other, ColumnType.of(TypeKind.INTEGER), false));
            b.checks.add(new CheckConstraint(globalName(t + "_" + n + "_differ"), CheckKind.COLUMNS_DIFFER, List.of(n, other), List.of(), List.of()));
            b.uniques.add(new UniqueConstraint(globalName(t + "_" + n + "_pair_key"), List.of(n, other), List.of()));
        } else if (pick == 9) {
            b.cols.add(Column.of(n, ColumnType.of(TypeKind.JSON), false)
                    .withDefault(DefaultValue.of(rnd.nextBoolean() ? DefaultKind.EMPTY_JSON_OBJECT : DefaultKind.EMPTY_ARRAY)));
            b.indexes.add(new Index(globalName(t + "_" + n + "_gin"), List.of(IndexColumn.asc(n)), false, IndexMethod.GIN, IndexPredicate.NONE,
                    "containment queries", List.of()));
        } else if (pick == 10) {
            ColumnType type = (rnd.nextBoolean() ? ColumnType.of(TypeKind.TEXT) : ColumnType.of(TypeKind.INTEGER)).asArray();
            b.cols.add(Column.of(n, type, false).withDefault(DefaultValue.of(DefaultKind.EMPTY_ARRAY)));
            if (rnd.nextBoolean()) {
                b.indexes.add(new Index(globalName(t + "_" + n + "_gin"), List.of(IndexColumn.asc(n)), false, IndexMethod.GIN,
                        IndexPredicate.NONE, "membership queries", List.of()));
            }
        } else if (pick == 11) {
            TypeKind k = List.of(TypeKind.TIME, TypeKind.INTERVAL, TypeKind.BYTES).get(rnd.nextInt(3));
            b.cols.add(Column.of(n, ColumnType.of(k), true));
        } else if (pick == 12) {
            b.cols.add(Column.of(n, ColumnType.of(TypeKind.UUID), false).withDefault(DefaultValue.of(DefaultKind.RANDOM_UUID)));
            b.uniques.add(new UniqueConstraint(globalName(t + "_" + n + "_key"), List.of(n), List.of()));
            naturalKeys.add(List.of(t, n));
        } else if (pick == 13) {
            b.cols.add(Column.of(n, ColumnType.of(TypeKind.DATE), nullable).withDefault(rnd.nextBoolean() ? DefaultValue.of(DefaultKind.TODAY) : null));
        } else {
            b.cols.add(Column.of(n, ColumnType.of(TypeKind.TEXT), nullable));
            if (!nullable && rnd.nextBoolean()) {  // a composite unique index with the first key column
                b.indexes.add(new Index(globalName(t + "_" + n + "_uniq"), List.of(IndexColumn.asc(b.pk.get(0)), IndexColumn.asc(n)), true,
                        IndexMethod.BTREE, IndexPredicate.NONE, "one per key", List.of()));
            }
        }
    }

    private Column idColumn() {
        return keys == KeyStrategy.UUID
                ? Column.of("id", ColumnType.of(TypeKind.UUID), false).withDefault(DefaultValue.of(DefaultKind.RANDOM_UUID))
                : Column.of("id", ColumnType.of(TypeKind.BIGINT), false).withIdentity(true);
    }

    private ColumnType keyType() {
        return keys == KeyStrategy.UUID ? ColumnType.of(TypeKind.UUID) : ColumnType.of(TypeKind.BIGINT);
    }

    private ColumnType userIdType() {
        return supabase ? ColumnType.of(TypeKind.UUID) : pkType(tables.get(usersTable));
    }

    private static ColumnType pkType(Table t) {
        ColumnType type = t.column(t.primaryKey().get(0)).orElseThrow().type();
        return new ColumnType(type.kind(), type.length(), type.precision(), type.scale(), type.enumName(), false);
    }

    private ForeignKey userForeignKey(String table, String column) {
        return supabase
                ? new ForeignKey(globalName(table + "_" + column + "_fkey"), List.of(column), "auth", "users", List.of("id"), FkAction.CASCADE,
                "a user's data goes with the account", List.of())
                : new ForeignKey(globalName(table + "_" + column + "_fkey"), List.of(column), null, usersTable, List.of("id"), FkAction.CASCADE,
                "a user's data goes with the account", List.of());
    }

    /** Index and constraint names share one namespace per schema in PostgreSQL; physical names must stay distinct too. */
    private String globalName(String wanted) {
        String name = wanted;
        for (int n = 2; !globalNames.add(fold(PhysicalName.of(name))); n++) {
            name = wanted + "_" + n;
        }
        return name;
    }

    /** Case- and accent-folded words: names equal under this fold collide in SQLite, Prisma or Python. */
    static String fold(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return folded.replaceAll("(?U)[^\\p{Alnum}]+", "_").replaceAll("^_|_$", "");
    }

    private List<String> pickDistinct(List<String> pool, int count) {
        List<String> copy = new ArrayList<>(pool);
        List<String> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        while (out.size() < count && !copy.isEmpty()) {
            String s = copy.remove(rnd.nextInt(copy.size()));
            if (keys.add(fold(s))) {
                out.add(s);
            }
        }
        return out;
    }

    private final class Builder {
        final String name;
        final TableKind kind;
        final List<Column> cols = new ArrayList<>();
        final List<String> pk = new ArrayList<>();
        final List<ForeignKey> fks = new ArrayList<>();
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<Policy> policies = new ArrayList<>();

        Builder(String name, TableKind kind) {
            this.name = name;
            this.kind = kind;
        }

        boolean hasKeyLike(String column) {
            String key = fold(column);
            return cols.stream().anyMatch(c -> fold(c.name()).equals(key)) || key.isEmpty();
        }

        void index(String column) {
            indexes.add(new Index(globalName(name + "_" + column + "_idx"), List.of(IndexColumn.asc(column)), false, IndexMethod.BTREE,
                    IndexPredicate.NONE, "foreign key lookups", List.of()));
        }

        void ownerPolicies(String ownerColumn) {
            policies(PolicyRule.owner(ownerColumn), null);
        }

        void policies(PolicyRule select, PolicyRule insert, PolicyRule update, PolicyRule delete) {
            for (PolicyCommand c : PolicyCommand.values()) {
                PolicyRule rule = c == PolicyCommand.SELECT ? select : c == PolicyCommand.INSERT ? insert : c == PolicyCommand.UPDATE ? update : delete;
                policies.add(new Policy(name + " " + c.name().toLowerCase(Locale.ROOT) + " policy", c, role, rule, "", List.of()));
            }
        }

        /** One policy per command: {@code read} for SELECT, {@code write} (or {@code read} when null) for the others. */
        void policies(PolicyRule read, PolicyRule write) {
            PolicyRule w = write == null ? read : write;
            policies(read, w, w, w);
        }

        Table build() {
            return new Table(name, kind, "Stress table \"" + name + "\"; with quotes", cols, pk, fks, uniques, checks, indexes,
                    !policies.isEmpty(), policies, List.of("REQ-1"));
        }
    }
}
