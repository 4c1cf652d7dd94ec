package dev.schemawright.conformance.generate;

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
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.render.naming.PhysicalName;
import dev.schemawright.render.postgres.PostgresRenderer;
import dev.schemawright.render.sqlite.SqliteRenderer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The next version of a generated model, the way a team's second design differs from its first: tables added,
 * dropped and renamed; columns added (nullable, NOT NULL with and without a default, unique, keys), dropped, renamed,
 * retyped (widening and narrowing), made optional or required, given other defaults; enum values added, removed and
 * reordered, enums added, renamed and dropped; indexes, UNIQUE and CHECK constraints added, dropped and renamed;
 * foreign key actions changed; row-level security switched and policies changed; updated_at added and removed. Each
 * mutation keeps the model valid (every name it touches is rewritten where it is used); one the renderers reject is
 * discarded. Same model and seed, same result.
 */
public final class ModelMutations {
    private final SplittableRandom rnd;
    private SchemaModel m;
    private int serial;

    private ModelMutations(SchemaModel model, long seed) {
        this.m = model;
        this.rnd = new SplittableRandom(seed);
    }

    /**
     * The generated model as a designer's would be: every table and most columns name the requirement they come from
     * (one id each), so a renamed column or table carries evidence, and unrelated ones do not look alike.
     */
    public static SchemaModel decorate(SchemaModel model, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        return model.withTables(model.tables().stream().map(t -> t.withSources(List.of("REQ-" + t.name())).withColumns(t.columns().stream()
                .map(c -> rnd.nextInt(4) == 0 ? c : c.withSources(List.of("REQ-" + t.name() + "." + c.name()))).toList())).toList());
    }

    /** The next version: 1 to {@code max} mutations. */
    public static SchemaModel mutate(SchemaModel model, long seed, int max) {
        ModelMutations mm = new ModelMutations(model, seed);
        int n = 1 + mm.rnd.nextInt(max);
        for (int i = 0, applied = 0; applied < n && i < n * 10; i++) {
            if (mm.step()) {
                applied++;
            }
        }
        return mm.m;
    }

    private boolean step() {
        SchemaModel before = m;
        boolean applied;
        try {
            applied = switch (rnd.nextInt(35)) {
                case 0 -> addTable();
                case 1 -> dropTable();
                case 2 -> renameTable();
                case 3, 4 -> addColumn();
                case 5 -> dropColumn();
                case 6, 7 -> renameColumn();
                case 8, 9 -> changeType();
                case 10 -> toggleNullable();
                case 11 -> changeDefault();
                case 12 -> addEnumValue();
                case 13 -> removeEnumValue();
                case 14 -> reorderEnum();
                case 15 -> addEnum();
                case 16, 17 -> renameOrDropEnum();
                case 18 -> addIndex();
                case 19 -> dropOrRenameIndex();
                case 20 -> uniques();
                case 21 -> checks();
                case 22 -> foreignKeyAction();
                case 23 -> switchRowLevelSecurity();
                case 24 -> changePolicy();
                case 25 -> updatedAt();
                case 26 -> addForeignKey();
                case 27 -> changePrimaryKeyOfLink();
                case 28 -> changeCheck();
                case 29 -> describeTable();
                case 30 -> changeUniqueOrIndex();
                case 31 -> dropForeignKey();
                case 32 -> toggleIdentity();
                default -> uniques();
            };
        } catch (RuntimeException e) {
            applied = false;  // a model the records reject
        }
        if (applied && !renders(m)) {
            applied = false;
        }
        if (!applied) {
            m = before;
        }
        return applied;
    }

    private static boolean renders(SchemaModel model) {
        try {
            new PostgresRenderer().render(model);
            new SqliteRenderer().render(model);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- helpers

    private <T> T pick(List<T> items) {
        return items.get(rnd.nextInt(items.size()));
    }

    private Optional<Table> pickTable(Predicate<Table> p) {
        List<Table> ok = m.tables().stream().filter(p).toList();
        return ok.isEmpty() ? Optional.empty() : Optional.of(pick(ok));
    }

    private void replace(Table t) {
        m = m.withTables(m.tables().stream().map(x -> x.name().equals(t.name()) ? t : x).toList());
    }

    private void mapTables(UnaryOperator<Table> f) {
        m = m.withTables(m.tables().stream().map(f).toList());
    }

    /** A name no table, constraint or index uses yet (schema-wide, case and accents folded, as PostgreSQL and SQLite need). */
    private String fresh(String base) {
        Set<String> taken = new HashSet<>();
        for (Table t : m.tables()) {
            taken.add(fold(t.name()));
            taken.add(fold(t.name() + "_pkey"));
            t.foreignKeys().forEach(x -> taken.add(fold(x.name())));
            t.uniques().forEach(x -> taken.add(fold(x.name())));
            t.checks().forEach(x -> taken.add(fold(x.name())));
            t.indexes().forEach(x -> taken.add(fold(x.name())));
            t.policies().forEach(x -> taken.add(fold(x.name())));
            t.columns().forEach(x -> taken.add(fold(x.name())));
        }
        m.enums().forEach(e -> taken.add(fold(e.name())));
        String name = base;
        for (int n = 2; taken.contains(fold(name)); n++) {
            name = base + " " + n;
        }
        return name;
    }

    private static String fold(String name) {
        return RandomSchemaModels.fold(PhysicalName.of(name));
    }

    private String next() {
        return Integer.toString(++serial);
    }

    private ColumnType keyType() {
        return m.stack().keys() == KeyStrategy.UUID ? ColumnType.of(TypeKind.UUID) : ColumnType.of(TypeKind.BIGINT);
    }

    private Column idColumn() {
        return m.stack().keys() == KeyStrategy.UUID
                ? Column.of("id", ColumnType.of(TypeKind.UUID), false).withDefault(DefaultValue.of(DefaultKind.RANDOM_UUID))
                : Column.of("id", ColumnType.of(TypeKind.BIGINT), false).withIdentity(true);
    }

    private static ColumnType scalar(ColumnType t) {
        return new ColumnType(t.kind(), t.length(), t.precision(), t.scale(), t.enumName(), false);
    }

    /** The role the model's policies use (one per generated model). */
    private String role() {
        return m.tables().stream().flatMap(t -> t.policies().stream()).map(Policy::role).findFirst().orElse("authenticated");
    }

    private List<Policy> authenticatedPolicies(String table) {
        List<Policy> out = new ArrayList<>();
        for (PolicyCommand c : PolicyCommand.values()) {
            out.add(new Policy(table + " " + c.name().toLowerCase(Locale.ROOT) + " shared", c, role(),
                    c == PolicyCommand.SELECT ? PolicyRule.authenticated() : PolicyRule.deny(), "", List.of()));
        }
        return out;
    }

    /** Whether any policy of another table reaches into {@code t} (a parent of PARENT_* or TENANT_MEMBER rules). */
    private boolean policyParent(Table t) {
        return m.tables().stream().flatMap(x -> x.policies().stream()).anyMatch(p -> t.name().equals(p.rule().parentTable()));
    }

    private boolean referenced(Table t) {
        return m.tables().stream().anyMatch(x -> !x.name().equals(t.name()) && x.foreignKeys().stream().anyMatch(fk -> !fk.external() && fk.refTable().equals(t.name())));
    }

    /** A column nothing but its own table's plain constraints and indexes refers to. */
    private boolean plain(Table t, Column c) {
        if (t.primaryKey().contains(c.name()) || c.identity() || c.name().equals("deleted_at") || c.name().equals("updated_at")) {
            return false;
        }
        for (Table x : m.tables()) {
            for (ForeignKey fk : x.foreignKeys()) {
                if (x == t && fk.columns().contains(c.name()) || !fk.external() && fk.refTable().equals(t.name()) && fk.refColumns().contains(c.name())) {
                    return false;
                }
            }
            for (Policy p : x.policies()) {
                PolicyRule r = p.rule();
                if (x == t && (c.name().equals(r.column()) || c.name().equals(r.orOwnerColumn()))
                        || t.name().equals(r.parentTable()) && (c.name().equals(r.parentKeyColumn()) || c.name().equals(r.parentOwnerColumn()))) {
                    return false;
                }
            }
        }
        return t.indexes().stream().noneMatch(ix -> ix.condition() != null && ix.condition().column().equals(c.name()));
    }

    // ---------------------------------------------------------------- tables

    private boolean addTable() {
        String name = fresh("added table " + next());
        List<Column> cols = new ArrayList<>(List.of(idColumn(), Column.of("label", ColumnType.of(TypeKind.TEXT), false),
                Column.of("rank", ColumnType.of(TypeKind.INTEGER), true)));
        List<ForeignKey> fks = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        Optional<Table> parent = pickTable(t -> t.primaryKey().size() == 1);
        if (parent.isPresent() && rnd.nextBoolean()) {
            Table p = parent.get();
            ColumnType type = scalar(p.column(p.primaryKey().get(0)).orElseThrow().type());
            cols.add(Column.of("parent_ref", type, false));
            fks.add(new ForeignKey(fresh(name + " parent fkey"), List.of("parent_ref"), null, p.name(), p.primaryKey(), FkAction.CASCADE, "", List.of()));
            indexes.add(new Index(fresh(name + " parent idx"), List.of(IndexColumn.asc("parent_ref")), false, IndexMethod.BTREE, IndexPredicate.NONE,
                    "", List.of()));
        }
        if (!m.enums().isEmpty() && rnd.nextBoolean()) {
            cols.add(Column.of("kind", ColumnType.enumOf(pick(m.enums()).name()), true));
        }
        Table t = new Table(name, TableKind.ENTITY, "Added in the next version", cols, List.of("id"), fks, List.of(),
                List.of(new CheckConstraint(fresh(name + " rank check"), CheckKind.NON_NEGATIVE, List.of("rank"), List.of(), List.of())), indexes,
                false, List.of(), List.of("REQ-" + name));
        if (rnd.nextBoolean()) {
            t = t.withRlsEnabled(true).withPolicies(authenticatedPolicies(name));
        }
        List<Table> tables = new ArrayList<>(m.tables());
        tables.add(rnd.nextInt(tables.size() + 1), t);
        m = m.withTables(tables);
        return true;
    }

    private boolean dropTable() {
        Optional<Table> t = pickTable(x -> !referenced(x) && !policyParent(x));
        if (t.isEmpty() || m.tables().size() < 3) {
            return false;
        }
        String name = t.get().name();
        m = m.withTables(m.tables().stream().filter(x -> !x.name().equals(name)).toList())
                .withRelationships(m.relationships().stream().filter(r -> !r.from().equals(name) && !r.to().equals(name) && !name.equals(r.via())).toList());
        return true;
    }

    private boolean renameTable() {
        Table t = pick(m.tables());
        String from = t.name();
        String to = fresh(from + " renamed");
        mapTables(x -> {
            Table y = x.name().equals(from) ? x.withName(to) : x;
            return y.withForeignKeys(y.foreignKeys().stream().map(fk -> !fk.external() && fk.refTable().equals(from) ? fk.withRefTable(to) : fk).toList())
                    .withPolicies(y.policies().stream().map(p -> from.equals(p.rule().parentTable())
                            ? new Policy(p.name(), p.command(), p.role(), p.rule().withParentTable(to), p.description(), p.sources()) : p).toList());
        });
        m = m.withRelationships(m.relationships().stream().map(r -> new Relationship(r.from().equals(from) ? to : r.from(), r.to().equals(from) ? to : r.to(),
                r.cardinality(), from.equals(r.via()) ? to : r.via(), r.optional(), r.label(), r.sources())).toList());
        return true;
    }

    // ---------------------------------------------------------------- columns

    private boolean addColumn() {
        Table t = pick(m.tables());
        String name = fresh("added " + next());
        List<String> sources = List.of("REQ-" + t.name() + "." + name);
        List<Column> cols = new ArrayList<>(t.columns());
        List<UniqueConstraint> uniques = new ArrayList<>(t.uniques());
        List<CheckConstraint> checks = new ArrayList<>(t.checks());
        List<ForeignKey> fks = new ArrayList<>(t.foreignKeys());
        List<Index> indexes = new ArrayList<>(t.indexes());
        int v = rnd.nextInt(9);
        Column c;
        if (v == 0) {
            c = Column.of(name, ColumnType.of(TypeKind.TEXT), true);
        } else if (v == 1) {
            c = Column.of(name, ColumnType.of(TypeKind.INTEGER), false).withDefault(DefaultValue.number("0"));
        } else if (v == 2) {
            c = Column.of(name, ColumnType.varchar(80), false);
            if (rnd.nextBoolean()) {
                checks.add(new CheckConstraint(fresh(t.name() + " " + name + " check"), CheckKind.NOT_BLANK, List.of(name), List.of(), List.of()));
            }
        } else if (v == 3) {
            c = Column.of(name, ColumnType.of(TypeKind.BOOLEAN), false);
        } else if (v == 4) {
            c = Column.of(name, ColumnType.of(TypeKind.UUID), false);
            uniques.add(new UniqueConstraint(fresh(t.name() + " " + name + " key"), List.of(name), List.of()));
        } else if (v == 5 && !m.enums().isEmpty()) {
            c = Column.of(name, ColumnType.enumOf(pick(m.enums()).name()), false);
        } else if (v == 6) {
            Optional<Table> p = pickTable(x -> x.primaryKey().size() == 1);
            if (p.isEmpty()) {
                return false;
            }
            c = Column.of(name, scalar(p.get().column(p.get().primaryKey().get(0)).orElseThrow().type()), false);
            fks.add(new ForeignKey(fresh(t.name() + " " + name + " fkey"), List.of(name), null, p.get().name(), p.get().primaryKey(), FkAction.RESTRICT,
                    "a reference added in the next version", List.of()));
            indexes.add(new Index(fresh(t.name() + " " + name + " idx"), List.of(IndexColumn.asc(name)), false, IndexMethod.BTREE, IndexPredicate.NONE, "",
                    List.of()));
        } else if (v == 7 && !t.hasColumn("updated_at")) {
            c = Column.of("updated_at", ColumnType.of(TypeKind.TIMESTAMPTZ), false).withDefault(DefaultValue.of(DefaultKind.NOW));
        } else {
            c = Column.of(name, ColumnType.of(TypeKind.TIMESTAMPTZ), false);
        }
        cols.add(rnd.nextInt(cols.size() + 1), c.withSources(sources));
        replace(t.withColumns(cols).withUniques(uniques).withChecks(checks).withForeignKeys(fks).withIndexes(indexes));
        return true;
    }

    private boolean dropColumn() {
        Table t = pick(m.tables());
        List<Column> candidates = t.columns().stream().filter(c -> plain(t, c)).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        String c = pick(candidates).name();
        replace(t.withColumns(t.columns().stream().filter(x -> !x.name().equals(c)).toList())
                .withUniques(t.uniques().stream().filter(u -> !u.columns().contains(c)).toList())
                .withChecks(t.checks().stream().filter(k -> !k.columns().contains(c)).toList())
                .withIndexes(t.indexes().stream().filter(ix -> !ix.columnNames().contains(c)).toList()));
        return true;
    }

    private boolean renameColumn() {
        Table t = pick(m.tables());
        List<Column> candidates = t.columns().stream().filter(c -> !t.primaryKey().contains(c.name()) && !c.name().equals("deleted_at")
                && !c.name().equals("updated_at")).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        String from = pick(candidates).name();
        String to = fresh(from + " renamed");
        String table = t.name();
        UnaryOperator<String> own = c -> c.equals(from) ? to : c;
        mapTables(x -> {
            if (x.name().equals(table)) {
                x = x.withColumns(x.columns().stream().map(c -> c.name().equals(from) ? c.withName(to) : c).toList())
                        .withUniques(x.uniques().stream().map(u -> new UniqueConstraint(u.name(), u.columns().stream().map(own).toList(), u.sources())).toList())
                        .withChecks(x.checks().stream().map(k -> new CheckConstraint(k.name(), k.kind(), k.columns().stream().map(own).toList(), k.args(),
                                k.sources())).toList())
                        .withIndexes(x.indexes().stream().map(ix -> new Index(ix.name(), ix.columns().stream()
                                .map(ic -> new IndexColumn(own.apply(ic.name()), ic.descending())).toList(), ix.unique(), ix.method(), ix.where(), ix.reason(),
                                ix.sources(), ix.condition() == null ? null
                                : new IndexCondition(own.apply(ix.condition().column()), ix.condition().op(), ix.condition().value()))).toList())
                        .withForeignKeys(x.foreignKeys().stream().map(fk -> fk.withColumns(fk.columns().stream().map(own).toList())).toList())
                        .withPolicies(x.policies().stream().map(p -> new Policy(p.name(), p.command(), p.role(), new PolicyRule(p.rule().kind(),
                                p.rule().column() == null ? null : own.apply(p.rule().column()), p.rule().parentTable(), p.rule().parentKeyColumn(),
                                p.rule().parentOwnerColumn(), p.rule().orOwnerColumn() == null ? null : own.apply(p.rule().orOwnerColumn())),
                                p.description(), p.sources())).toList());
            }
            return x.withForeignKeys(x.foreignKeys().stream().map(fk -> !fk.external() && fk.refTable().equals(table)
                            ? new ForeignKey(fk.name(), fk.columns(), null, fk.refTable(), fk.refColumns().stream().map(own).toList(), fk.onDelete(),
                            fk.rationale(), fk.sources()) : fk).toList())
                    .withPolicies(x.policies().stream().map(p -> table.equals(p.rule().parentTable()) ? new Policy(p.name(), p.command(), p.role(),
                            new PolicyRule(p.rule().kind(), p.rule().column(), table, own.apply(p.rule().parentKeyColumn()),
                                    p.rule().parentOwnerColumn() == null ? null : own.apply(p.rule().parentOwnerColumn()), p.rule().orOwnerColumn()),
                            p.description(), p.sources()) : p).toList());
        });
        return true;
    }

    private boolean changeType() {
        Table t = pick(m.tables());
        List<Column> candidates = t.columns().stream().filter(c -> plain(t, c) && !c.type().array()
                && t.indexes().stream().noneMatch(ix -> ix.method() != IndexMethod.BTREE && ix.columnNames().contains(c.name()))).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        Column c = pick(candidates);
        ColumnType type = c.type();
        ColumnType to;
        switch (type.kind()) {
            case VARCHAR -> to = List.of(ColumnType.varchar(type.length() + 50), ColumnType.varchar(Math.max(20, type.length() / 2)),
                    ColumnType.of(TypeKind.TEXT)).get(rnd.nextInt(3));
            case TEXT -> to = !m.enums().isEmpty() && rnd.nextBoolean() ? ColumnType.enumOf(pick(m.enums()).name()) : ColumnType.varchar(300);
            case SMALLINT -> to = ColumnType.of(TypeKind.INTEGER);
            case INTEGER -> to = rnd.nextBoolean() ? ColumnType.of(TypeKind.BIGINT) : ColumnType.of(TypeKind.SMALLINT);
            case BIGINT -> to = ColumnType.of(TypeKind.INTEGER);
            case NUMERIC -> to = rnd.nextBoolean() ? ColumnType.numeric(14, 2) : ColumnType.numeric(10, 2);
            case ENUM -> to = ColumnType.of(TypeKind.TEXT);
            case DATE -> to = ColumnType.of(TypeKind.TIMESTAMPTZ);
            case TIMESTAMPTZ -> to = ColumnType.of(TypeKind.DATE);
            default -> {
                return false;
            }
        }
        boolean texts = Set.of(TypeKind.TEXT, TypeKind.VARCHAR).containsAll(Set.of(type.kind(), to.kind()));
        boolean numbers = Set.of(TypeKind.SMALLINT, TypeKind.INTEGER, TypeKind.BIGINT).containsAll(Set.of(type.kind(), to.kind()))
                || type.kind() == TypeKind.NUMERIC && to.kind() == TypeKind.NUMERIC;
        Column changed = c.withType(to).withDefault(texts || numbers ? c.defaultValue() : null);
        replace(t.withColumns(t.columns().stream().map(x -> x.name().equals(c.name()) ? changed : x).toList())
                .withChecks(t.checks().stream().filter(k -> !k.columns().contains(c.name()) || texts || numbers && k.columns().size() == 1).toList()));
        return true;
    }

    private boolean toggleNullable() {
        Table t = pick(m.tables());
        List<Column> candidates = t.columns().stream().filter(c -> !t.primaryKey().contains(c.name()) && !c.identity()
                && t.foreignKeys().stream().noneMatch(fk -> fk.onDelete() == FkAction.SET_NULL && fk.columns().contains(c.name()))).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        Column c = pick(candidates);
        replace(t.withColumns(t.columns().stream().map(x -> x == c ? x.withNullable(!x.nullable()) : x).toList()));
        return true;
    }

    private boolean changeDefault() {
        Table t = pick(m.tables());
        List<Column> candidates = t.columns().stream().filter(c -> !c.identity() && !c.type().array() && Set.of(TypeKind.TEXT, TypeKind.VARCHAR,
                TypeKind.INTEGER, TypeKind.BIGINT, TypeKind.SMALLINT, TypeKind.BOOLEAN, TypeKind.ENUM).contains(c.type().kind())).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        Column c = pick(candidates);
        boolean checked = t.checks().stream().anyMatch(k -> k.columns().contains(c.name()));
        DefaultValue d;
        if (c.defaultValue() != null && (checked || rnd.nextBoolean())) {
            d = null;
        } else if (checked) {
            return false;
        } else {
            d = switch (c.type().kind()) {
                case TEXT, VARCHAR -> DefaultValue.string("next " + next());
                case BOOLEAN -> DefaultValue.bool(rnd.nextBoolean());
                case ENUM -> DefaultValue.enumValue(pick(m.enumType(c.type().enumName()).orElseThrow().values()));
                default -> DefaultValue.number(Integer.toString(rnd.nextInt(100)));
            };
        }
        replace(t.withColumns(t.columns().stream().map(x -> x == c ? x.withDefault(d) : x).toList()));
        return true;
    }

    // ---------------------------------------------------------------- enums

    private void replaceEnum(EnumType e) {
        m = m.withEnums(m.enums().stream().map(x -> x.name().equals(e.name()) ? e : x).toList());
    }

    private boolean addEnumValue() {
        if (m.enums().isEmpty()) {
            return false;
        }
        EnumType e = pick(m.enums());
        List<String> values = new ArrayList<>(e.values());
        values.add(rnd.nextInt(values.size() + 1), "value " + next());
        replaceEnum(new EnumType(e.name(), values, e.sources()));
        return true;
    }

    /** Removes a value; defaults and index conditions that named it name another one. */
    private boolean removeEnumValue() {
        List<EnumType> candidates = m.enums().stream().filter(e -> e.values().size() > 1).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        EnumType e = pick(candidates);
        String gone = pick(e.values());
        List<String> values = e.values().stream().filter(v -> !v.equals(gone)).toList();
        replaceEnum(new EnumType(e.name(), values, e.sources()));
        mapTables(t -> t.withColumns(t.columns().stream().map(c -> e.name().equals(c.type().enumName()) && c.defaultValue() != null
                        && gone.equals(c.defaultValue().value()) ? c.withDefault(DefaultValue.enumValue(values.get(0))) : c).toList())
                .withIndexes(t.indexes().stream().map(ix -> ix.condition() != null && ix.condition().op() == IndexCondition.Op.EQUALS
                        && gone.equals(ix.condition().value()) ? new Index(ix.name(), ix.columns(), ix.unique(), ix.method(), ix.where(), ix.reason(), ix.sources(),
                        IndexCondition.equalTo(ix.condition().column(), values.get(0))) : ix).toList()));
        return true;
    }

    private boolean reorderEnum() {
        List<EnumType> candidates = m.enums().stream().filter(e -> e.values().size() > 1).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        EnumType e = pick(candidates);
        List<String> values = new ArrayList<>(e.values());
        java.util.Collections.swap(values, 0, values.size() - 1);
        replaceEnum(new EnumType(e.name(), values, e.sources()));
        return true;
    }

    private boolean addEnum() {
        String name = fresh("mood " + next());
        List<EnumType> enums = new ArrayList<>(m.enums());
        enums.add(new EnumType(name, List.of("calm", "busy", "it's late"), List.of("REQ-" + name)));
        m = m.withEnums(enums);
        Table t = pick(m.tables());
        List<Column> cols = new ArrayList<>(t.columns());
        cols.add(Column.of(fresh("current " + name), ColumnType.enumOf(name), true));
        replace(t.withColumns(cols));
        return true;
    }

    private boolean renameOrDropEnum() {
        if (m.enums().isEmpty()) {
            return false;
        }
        EnumType e = pick(m.enums());
        boolean used = m.tables().stream().flatMap(t -> t.columns().stream()).anyMatch(c -> e.name().equals(c.type().enumName()));
        if (rnd.nextBoolean()) {
            if (used) {
                // the columns go with it
                mapTables(t -> {
                    List<String> gone = t.columns().stream().filter(c -> e.name().equals(c.type().enumName()) && plain(t, c)).map(Column::name).toList();
                    return t.withColumns(t.columns().stream().filter(c -> !gone.contains(c.name())).toList())
                            .withIndexes(t.indexes().stream().filter(ix -> ix.columnNames().stream().noneMatch(gone::contains)).toList())
                            .withUniques(t.uniques().stream().filter(u -> u.columns().stream().noneMatch(gone::contains)).toList());
                });
                if (m.tables().stream().flatMap(t -> t.columns().stream()).anyMatch(c -> e.name().equals(c.type().enumName()))) {
                    return false;
                }
            }
            m = m.withEnums(m.enums().stream().filter(x -> !x.name().equals(e.name())).toList());
            return true;
        }
        String to = fresh(e.name() + " renamed");
        m = m.withEnums(m.enums().stream().map(x -> x.name().equals(e.name()) ? new EnumType(to, x.values(), x.sources()) : x).toList());
        mapTables(t -> t.withColumns(t.columns().stream().map(c -> e.name().equals(c.type().enumName())
                ? c.withType(new ColumnType(TypeKind.ENUM, null, null, null, to, c.type().array())) : c).toList()));
        return true;
    }

    // ---------------------------------------------------------------- indexes and constraints

    private boolean addIndex() {
        Table t = pick(m.tables());
        List<Column> candidates = t.columns().stream().filter(c -> !c.type().array() && c.type().kind() != TypeKind.JSON).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        Column c = pick(candidates);
        IndexPredicate where = c.nullable() && rnd.nextBoolean() ? IndexPredicate.FIRST_NOT_NULL : IndexPredicate.NONE;
        List<Index> indexes = new ArrayList<>(t.indexes());
        indexes.add(new Index(fresh(t.name() + " " + c.name() + " lookup"), List.of(rnd.nextBoolean() ? IndexColumn.asc(c.name()) : IndexColumn.desc(c.name())),
                false, IndexMethod.BTREE, where, "a query of the next version", List.of("REQ-index-" + next())));
        replace(t.withIndexes(indexes));
        return true;
    }

    private boolean dropOrRenameIndex() {
        Optional<Table> pickT = pickTable(t -> !t.indexes().isEmpty());
        if (pickT.isEmpty()) {
            return false;
        }
        Table t = pickT.get();
        Index ix = pick(t.indexes());
        if (rnd.nextBoolean()) {
            replace(t.withIndexes(t.indexes().stream().filter(x -> x != ix).toList()));
        } else {
            String to = fresh(ix.name() + " renamed");
            replace(t.withIndexes(t.indexes().stream().map(x -> x == ix ? x.withName(to) : x).toList()));
        }
        return true;
    }

    private boolean uniques() {
        Table t = pick(m.tables());
        int v = rnd.nextInt(4);
        List<UniqueConstraint> candidates = t.uniques().stream().filter(u -> m.tables().stream().flatMap(x -> x.foreignKeys().stream())
                .noneMatch(fk -> !fk.external() && fk.refTable().equals(t.name()) && new HashSet<>(fk.refColumns()).equals(new HashSet<>(u.columns())))).toList();
        if (v == 0 || candidates.isEmpty()) {
            List<Column> columns = t.columns().stream().filter(c -> !c.nullable() && !c.type().array()
                    && Set.of(TypeKind.TEXT, TypeKind.VARCHAR, TypeKind.INTEGER, TypeKind.UUID).contains(c.type().kind())).toList();
            if (columns.isEmpty()) {
                return false;
            }
            Column c = pick(columns);
            List<UniqueConstraint> uniques = new ArrayList<>(t.uniques());
            uniques.add(new UniqueConstraint(fresh(t.name() + " " + c.name() + " unique"), List.of(c.name()), List.of("REQ-unique-" + next())));
            replace(t.withUniques(uniques));
            return true;
        }
        UniqueConstraint u = pick(candidates);
        if (v == 1) {
            replace(t.withUniques(t.uniques().stream().filter(x -> x != u).toList()));
        } else if (v == 3) {
            List<String> others = t.columns().stream().filter(c -> !c.nullable() && !u.columns().contains(c.name()) && !c.type().array()
                    && c.type().kind() != TypeKind.JSON).map(Column::name).toList();
            if (others.isEmpty()) {
                return false;
            }
            List<String> cols = new ArrayList<>(u.columns());
            cols.add(pick(others));
            replace(t.withUniques(t.uniques().stream().map(x -> x == u ? new UniqueConstraint(u.name(), cols, u.sources()) : x).toList()));
        } else {
            UniqueConstraint renamed = new UniqueConstraint(fresh(u.name() + " renamed"), u.columns(), u.sources());
            replace(t.withUniques(t.uniques().stream().map(x -> x == u ? renamed : x).toList()));
        }
        return true;
    }

    private boolean checks() {
        Table t = pick(m.tables());
        if (rnd.nextBoolean() || t.checks().isEmpty()) {
            List<Column> candidates = t.columns().stream().filter(c -> !c.type().array()
                    && Set.of(TypeKind.INTEGER, TypeKind.BIGINT, TypeKind.SMALLINT, TypeKind.TEXT).contains(c.type().kind())).toList();
            if (candidates.isEmpty()) {
                return false;
            }
            Column c = pick(candidates);
            CheckKind k = c.type().kind() == TypeKind.TEXT ? CheckKind.NOT_BLANK : CheckKind.NON_NEGATIVE;
            if (c.defaultValue() != null && c.defaultValue().kind() == DefaultKind.STRING && c.defaultValue().value().isBlank()) {
                return false;
            }
            List<CheckConstraint> checks = new ArrayList<>(t.checks());
            checks.add(new CheckConstraint(fresh(t.name() + " " + c.name() + " rule"), k, List.of(c.name()), List.of(), List.of("REQ-check-" + next())));
            replace(t.withChecks(checks));
            return true;
        }
        CheckConstraint c = pick(t.checks());
        if (rnd.nextBoolean()) {
            replace(t.withChecks(t.checks().stream().filter(x -> x != c).toList()));
        } else {
            CheckConstraint renamed = new CheckConstraint(fresh(c.name() + " renamed"), c.kind(), c.columns(), c.args(), c.sources());
            replace(t.withChecks(t.checks().stream().map(x -> x == c ? renamed : x).toList()));
        }
        return true;
    }

    private boolean foreignKeyAction() {
        Optional<Table> pickT = pickTable(t -> !t.foreignKeys().isEmpty());
        if (pickT.isEmpty()) {
            return false;
        }
        Table t = pickT.get();
        ForeignKey fk = pick(t.foreignKeys());
        boolean nullable = fk.columns().stream().allMatch(c -> t.column(c).map(Column::nullable).orElse(false));
        List<FkAction> actions = new ArrayList<>(List.of(FkAction.CASCADE, FkAction.RESTRICT, FkAction.NO_ACTION));
        if (nullable) {
            actions.add(FkAction.SET_NULL);
        }
        actions.remove(fk.onDelete());
        FkAction a = pick(actions);
        replace(t.withForeignKeys(t.foreignKeys().stream().map(x -> x == fk ? x.withOnDelete(a, "changed in the next version") : x).toList()));
        return true;
    }

    /** A new reference between two existing tables: a nullable key column, its FK and index. */
    private boolean addForeignKey() {
        Table t = pick(m.tables());
        Optional<Table> p = pickTable(x -> x.primaryKey().size() == 1);
        if (p.isEmpty()) {
            return false;
        }
        String col = fresh(PhysicalName.of(p.get().name()).length() > 30 ? "other ref" : p.get().name() + " ref");
        List<Column> cols = new ArrayList<>(t.columns());
        cols.add(Column.of(col, scalar(p.get().column(p.get().primaryKey().get(0)).orElseThrow().type()), true).withSources(List.of("REQ-ref-" + next())));
        List<ForeignKey> fks = new ArrayList<>(t.foreignKeys());
        fks.add(new ForeignKey(fresh(t.name() + " " + col + " fkey"), List.of(col), null, p.get().name(), p.get().primaryKey(), FkAction.SET_NULL,
                "an optional link of the next version", List.of()));
        List<Index> indexes = new ArrayList<>(t.indexes());
        indexes.add(new Index(fresh(t.name() + " " + col + " idx"), List.of(IndexColumn.asc(col)), false, IndexMethod.BTREE, IndexPredicate.NONE, "", List.of()));
        replace(t.withColumns(cols).withForeignKeys(fks).withIndexes(indexes));
        return true;
    }

    /** A join-like table keyed by two columns gets a surrogate key instead, or a table keyed by id gains a second key column. */
    private boolean changePrimaryKeyOfLink() {
        Optional<Table> pickT = pickTable(t -> t.primaryKey().size() == 1 && !referenced(t) && !policyParent(t)
                && t.foreignKeys().stream().noneMatch(fk -> fk.refTable().equals(t.name()))
                && m.tables().stream().flatMap(x -> x.policies().stream()).noneMatch(p -> t.name().equals(p.rule().parentTable())));
        if (pickT.isEmpty()) {
            return false;
        }
        Table t = pickT.get();
        List<Column> candidates = t.columns().stream().filter(c -> !c.nullable() && !t.primaryKey().contains(c.name()) && !c.type().array()
                && Set.of(TypeKind.INTEGER, TypeKind.UUID, TypeKind.TEXT, TypeKind.DATE).contains(c.type().kind())).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        List<String> pk = new ArrayList<>(t.primaryKey());
        pk.add(pick(candidates).name());
        replace(t.withPrimaryKey(pk));
        return true;
    }

    // ---------------------------------------------------------------- in-place changes of one element

    /** The same CHECK name with other bounds. */
    private boolean changeCheck() {
        Optional<Table> pickT = pickTable(t -> t.checks().stream().anyMatch(k -> k.kind() == CheckKind.VALUE_BETWEEN || k.kind() == CheckKind.LENGTH_BETWEEN
                || k.kind() == CheckKind.NON_NEGATIVE));
        if (pickT.isEmpty()) {
            return false;
        }
        Table t = pickT.get();
        CheckConstraint k = pick(t.checks().stream().filter(x -> x.kind() == CheckKind.VALUE_BETWEEN || x.kind() == CheckKind.LENGTH_BETWEEN
                || x.kind() == CheckKind.NON_NEGATIVE).toList());
        CheckConstraint changed = k.kind() == CheckKind.NON_NEGATIVE
                ? new CheckConstraint(k.name(), CheckKind.VALUE_BETWEEN, k.columns(), List.of("0", "1000000"), k.sources())
                : new CheckConstraint(k.name(), k.kind(), k.columns(), List.of("", "5000"), k.sources());
        Column c = t.column(k.columns().get(0)).orElseThrow();
        if (c.defaultValue() != null && c.defaultValue().kind() == DefaultKind.STRING && c.defaultValue().value().length() > 5000) {
            return false;
        }
        replace(t.withChecks(t.checks().stream().map(x -> x == k ? changed : x).toList()));
        return true;
    }

    /** The table, or one of its columns, is described again (its comment changes). */
    private boolean describeTable() {
        Table t = pick(m.tables());
        if (rnd.nextBoolean()) {
            replace(t.withDescription("Described again in the next version (" + next() + ")").withSources(List.of("REQ-" + t.name(), "REQ-next-" + next())));
        } else {
            Column c = pick(t.columns());
            replace(t.withColumns(t.columns().stream().map(x -> x == c ? x.withDescription("what the next version says (" + next() + ")") : x).toList()));
        }
        return true;
    }

    /** A UNIQUE constraint over other columns, or an index with another order, under the same name. */
    private boolean changeUniqueOrIndex() {
        Table t = pick(m.tables());
        List<Column> required = t.columns().stream().filter(c -> !c.nullable() && !c.type().array()
                && Set.of(TypeKind.TEXT, TypeKind.VARCHAR, TypeKind.INTEGER, TypeKind.UUID, TypeKind.BIGINT).contains(c.type().kind())).toList();
        List<UniqueConstraint> uniques = t.uniques().stream().filter(u -> m.tables().stream().flatMap(x -> x.foreignKeys().stream())
                .noneMatch(fk -> !fk.external() && fk.refTable().equals(t.name()) && new HashSet<>(fk.refColumns()).equals(new HashSet<>(u.columns())))).toList();
        if (rnd.nextInt(4) > 0 && !uniques.isEmpty() && required.size() >= 2) {
            UniqueConstraint u = pick(uniques);
            List<String> cols = new ArrayList<>(u.columns());
            String extra = pick(required).name();
            if (cols.contains(extra)) {
                return false;
            }
            cols.add(extra);
            replace(t.withUniques(t.uniques().stream().map(x -> x == u ? new UniqueConstraint(u.name(), cols, u.sources()) : x).toList()));
            return true;
        }
        List<Index> btree = t.indexes().stream().filter(ix -> ix.method() == IndexMethod.BTREE && !ix.unique()).toList();
        if (btree.isEmpty()) {
            return false;
        }
        Index ix = pick(btree);
        List<IndexColumn> cols = ix.columns().stream().map(c -> new IndexColumn(c.name(), !c.descending())).toList();
        replace(t.withIndexes(t.indexes().stream().map(x -> x == ix ? new Index(ix.name(), cols, false, ix.method(), ix.where(), ix.reason(), ix.sources(),
                ix.condition()) : x).toList()));
        return true;
    }

    /** A reference the next version no longer enforces: the constraint goes, the column stays. */
    private boolean dropForeignKey() {
        Optional<Table> pickT = pickTable(t -> t.foreignKeys().stream().anyMatch(fk -> fk.columns().stream().noneMatch(t.primaryKey()::contains)));
        if (pickT.isEmpty()) {
            return false;
        }
        Table t = pickT.get();
        ForeignKey fk = pick(t.foreignKeys().stream().filter(x -> x.columns().stream().noneMatch(t.primaryKey()::contains)).toList());
        if (t.policies().stream().anyMatch(p -> fk.columns().contains(p.rule().column()))) {
            return false;  // policies reach the parent through this key
        }
        replace(t.withForeignKeys(t.foreignKeys().stream().filter(x -> x != fk).toList()));
        return true;
    }

    /** An integer surrogate key stops (or, backwards, starts) being an identity. */
    private boolean toggleIdentity() {
        Optional<Table> pickT = pickTable(t -> t.primaryKey().size() == 1 && t.column(t.primaryKey().get(0)).map(Column::identity).orElse(false));
        if (pickT.isEmpty()) {
            return false;
        }
        Table t = pickT.get();
        String key = t.primaryKey().get(0);
        replace(t.withColumns(t.columns().stream().map(c -> c.name().equals(key) ? c.withIdentity(false) : c).toList()));
        return true;
    }

    // ---------------------------------------------------------------- row-level security and triggers

    private boolean switchRowLevelSecurity() {
        Optional<Table> pickT = pickTable(t -> !policyParent(t));
        if (pickT.isEmpty()) {
            return false;
        }
        Table t = pickT.get();
        replace(t.rlsEnabled() ? t.withRlsEnabled(false).withPolicies(List.of()) : t.withRlsEnabled(true).withPolicies(authenticatedPolicies(t.name())));
        return true;
    }

    private boolean changePolicy() {
        Optional<Table> pickT = pickTable(t -> t.rlsEnabled() && !t.policies().isEmpty());
        if (pickT.isEmpty()) {
            return false;
        }
        Table t = pickT.get();
        Policy p = pick(t.policies());
        Policy changed;
        if (rnd.nextBoolean()) {
            changed = new Policy(fresh(p.name() + " renamed"), p.command(), p.role(), p.rule(), p.description(), p.sources());
        } else if (p.command() != PolicyCommand.SELECT || !policyParent(t)) {
            changed = new Policy(p.name(), p.command(), p.role(), p.rule().kind() == dev.schemawright.contracts.model.PolicyRuleKind.DENY
                    ? PolicyRule.authenticated() : PolicyRule.deny(), p.description(), p.sources());
        } else {
            return false;
        }
        replace(t.withPolicies(t.policies().stream().map(x -> x == p ? changed : x).toList()));
        return true;
    }

    private boolean updatedAt() {
        Table t = pick(m.tables());
        if (t.hasColumn("updated_at")) {
            if (!plainUpdatedAt(t)) {
                return false;
            }
            replace(t.withColumns(t.columns().stream().filter(c -> !c.name().equals("updated_at")).toList())
                    .withChecks(t.checks().stream().filter(k -> !k.columns().contains("updated_at")).toList())
                    .withIndexes(t.indexes().stream().filter(ix -> !ix.columnNames().contains("updated_at")).toList()));
            return true;
        }
        List<Column> cols = new ArrayList<>(t.columns());
        cols.add(Column.of("updated_at", ColumnType.of(TypeKind.TIMESTAMPTZ), false).withDefault(DefaultValue.of(DefaultKind.NOW)));
        replace(t.withColumns(cols));
        return true;
    }

    private boolean plainUpdatedAt(Table t) {
        return t.foreignKeys().stream().noneMatch(fk -> fk.columns().contains("updated_at"));
    }
}
