package dev.schemawright.render;

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
import dev.schemawright.contracts.model.TargetStack;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded random models for the benchmark and for running the real validators over many shapes: FK chains, forward
 * references that close cycles, self-references, join tables with composite keys, enums, every CheckKind and index
 * kind, owner policies; optionally hostile names (reserved words, quotes, non-ASCII, over-long).
 */
public final class GeneratedModels {
    private static final String[] WORDS = {"account", "project", "task", "comment", "tag", "invoice", "item", "category", "event",
            "note", "file", "team", "member", "order", "payment", "review", "session", "device", "address", "message"};
    private static final String[] HOSTILE = {"user", "order", "group", "select", "table", "from", "class", "metadata", "x\"; drop table y; --",
            "naïve café", "用户", "Mixed Case", "end", "1st place", "a".repeat(70)};

    private GeneratedModels() {
    }

    /** About ten tables, the size of a typical product. */
    public static SchemaModel typical() {
        return generate("typical", 10, 42L, false, AuthProvider.SUPABASE);
    }

    public static SchemaModel generate(String projectId, int tableCount, long seed, boolean hostile, AuthProvider auth) {
        Random r = new Random(seed);
        boolean uuidKeys = r.nextBoolean() || auth == AuthProvider.SUPABASE;
        ColumnType key = uuidKeys ? ColumnType.of(TypeKind.UUID) : ColumnType.of(TypeKind.BIGINT);
        List<EnumType> enums = new ArrayList<>();
        int enumCount = 1 + r.nextInt(3);
        for (int i = 0; i < enumCount; i++) {
            String name = (hostile && i == 0 ? "status kind" : "status_" + i);
            enums.add(new EnumType(name, hostile && i == 0 ? List.of("new", "it's done", "Ünïcode") : List.of("draft", "active", "archived"), List.of("E" + i)));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < tableCount; i++) {
            String base = WORDS[i % WORDS.length] + (i >= WORDS.length ? "_" + (i / WORDS.length) : "") + "s";
            names.add(hostile && r.nextInt(4) == 0 ? HOSTILE[r.nextInt(HOSTILE.length)] + (i >= HOSTILE.length ? i : "") : base);
        }
        names = dedupe(names);
        List<Table> tables = new ArrayList<>();
        List<Relationship> relationships = new ArrayList<>();
        for (int i = 0; i < tableCount; i++) {
            String name = names.get(i);
            String req = "R" + (i + 1);
            List<Column> cols = new ArrayList<>();
            cols.add(uuidKeys ? new Column("id", key, false, DefaultValue.of(DefaultKind.RANDOM_UUID), false, "Surrogate key.", List.of())
                    : new Column("id", key, false, null, true, "Surrogate key.", List.of()));
            List<ForeignKey> fks = new ArrayList<>();
            List<Index> indexes = new ArrayList<>();
            List<CheckConstraint> checks = new ArrayList<>();
            List<UniqueConstraint> uniques = new ArrayList<>();
            List<Policy> policies = new ArrayList<>();
            boolean owned = auth == AuthProvider.SUPABASE && r.nextInt(3) > 0;
            if (owned) {
                cols.add(new Column("user_id", ColumnType.of(TypeKind.UUID), false, DefaultValue.of(DefaultKind.CURRENT_USER), false, "Owner.", List.of(req)));
                fks.add(new ForeignKey(name + "_user_id_fkey", List.of("user_id"), "auth", "users", List.of("id"), FkAction.CASCADE, "owner", List.of(req)));
                indexes.add(index(name + "_user_id_idx", "user_id"));
                for (PolicyCommand c : PolicyCommand.values()) {
                    policies.add(new Policy(name + "_" + c.name().toLowerCase(Locale.ROOT) + "_own", c, "authenticated", PolicyRule.owner("user_id"), "", List.of(req)));
                }
            }
            String title = hostile && r.nextBoolean() ? HOSTILE[r.nextInt(HOSTILE.length)] : "title";
            cols.add(new Column(title, ColumnType.varchar(100 + r.nextInt(100)), false, null, false, "", List.of(req)));
            checks.add(new CheckConstraint(name + "_title_not_blank", CheckKind.NOT_BLANK, List.of(title), List.of(), List.of(req)));
            cols.add(new Column("body", ColumnType.of(TypeKind.TEXT), true, null, false, "", List.of(req)));
            cols.add(new Column("amount", ColumnType.numeric(12, 2), false, DefaultValue.number("0"), false, "", List.of(req)));
            checks.add(new CheckConstraint(name + "_amount_range", CheckKind.VALUE_BETWEEN, List.of("amount"), List.of("0", "1000000"), List.of(req)));
            EnumType e = enums.get(r.nextInt(enums.size()));
            cols.add(new Column("status", ColumnType.enumOf(e.name()), false, DefaultValue.enumValue(e.values().get(0)), false, "", List.of(req)));
            if (r.nextBoolean()) {
                cols.add(new Column("attributes", ColumnType.of(TypeKind.JSON), false, DefaultValue.of(DefaultKind.EMPTY_JSON_OBJECT), false, "", List.of(req)));
                indexes.add(new Index(name + "_attributes_gin", List.of(IndexColumn.asc("attributes")), false, IndexMethod.GIN, IndexPredicate.NONE, "", List.of(req)));
            }
            if (r.nextBoolean()) {
                cols.add(new Column("labels", ColumnType.of(TypeKind.TEXT).asArray(), true, DefaultValue.of(DefaultKind.EMPTY_ARRAY), false, "", List.of(req)));
            }
            cols.add(new Column("starts_on", ColumnType.of(TypeKind.DATE), true, null, false, "", List.of(req)));
            cols.add(new Column("ends_on", ColumnType.of(TypeKind.DATE), true, null, false, "", List.of(req)));
            checks.add(new CheckConstraint(name + "_dates_ordered", CheckKind.COLUMNS_ORDERED, List.of("starts_on", "ends_on"), List.of(), List.of(req)));
            int parents = i == 0 ? 0 : 1 + r.nextInt(Math.min(3, i));
            for (int p = 0; p < parents; p++) {
                String parent = names.get(r.nextInt(i));
                String col = "ref_" + p + "_id";
                boolean nullable = r.nextBoolean();
                cols.add(new Column(col, key, nullable, null, false, "", List.of(req)));
                fks.add(new ForeignKey(name + "_" + col + "_fkey", List.of(col), null, parent, List.of("id"),
                        nullable ? FkAction.SET_NULL : FkAction.CASCADE, "", List.of(req)));
                indexes.add(index(name + "_" + col + "_idx", col));
                relationships.add(new Relationship(parent, name, Cardinality.ONE_TO_MANY, null, nullable, "has", List.of(req)));
                if (!owned && auth == AuthProvider.SUPABASE && p == 0 && policies.isEmpty()) {
                    Table parentTable = tables.get(names.indexOf(parent));
                    if (parentTable.hasColumn("user_id")) {
                        for (PolicyCommand c : PolicyCommand.values()) {
                            policies.add(new Policy(name + "_" + c.name().toLowerCase(Locale.ROOT) + "_parent", c, "authenticated",
                                    PolicyRule.parentOwner(col, parent, "id", "user_id"), "", List.of(req)));
                        }
                    }
                }
            }
            if (i > 2 && r.nextInt(5) == 0) {
                cols.add(new Column("parent_id", key, true, null, false, "", List.of(req)));
                fks.add(new ForeignKey(name + "_parent_id_fkey", List.of("parent_id"), null, name, List.of("id"), FkAction.SET_NULL, "", List.of(req)));
                indexes.add(index(name + "_parent_id_idx", "parent_id"));
            }
            if (i + 1 < tableCount && r.nextInt(8) == 0) {
                // forward reference: closes a cycle with a later table
                cols.add(new Column("next_id", key, true, null, false, "", List.of(req)));
                fks.add(new ForeignKey(name + "_next_id_fkey", List.of("next_id"), null, names.get(i + 1), List.of("id"), FkAction.SET_NULL, "", List.of(req)));
                indexes.add(index(name + "_next_id_idx", "next_id"));
            }
            cols.add(new Column("deleted_at", ColumnType.of(TypeKind.TIMESTAMPTZ), true, null, false, "", List.of()));
            cols.add(new Column("created_at", ColumnType.of(TypeKind.TIMESTAMPTZ), false, DefaultValue.of(DefaultKind.NOW), false, "", List.of()));
            cols.add(new Column("updated_at", ColumnType.of(TypeKind.TIMESTAMPTZ), false, DefaultValue.of(DefaultKind.NOW), false, "", List.of()));
            indexes.add(new Index(name + "_live_idx", List.of(IndexColumn.desc("created_at")), false, IndexMethod.BTREE, IndexPredicate.NOT_DELETED, "", List.of(req)));
            indexes.add(new Index(name + "_title_trgm", List.of(IndexColumn.asc(title)), false, IndexMethod.TRIGRAM, IndexPredicate.NONE, "", List.of(req)));
            if (r.nextBoolean()) {
                uniques.add(new UniqueConstraint(name + "_title_key", List.of(title), List.of(req)));
            }
            tables.add(new Table(name, TableKind.ENTITY, "Generated table " + i + ".", cols, List.of("id"), fks, uniques, checks, indexes,
                    !policies.isEmpty(), policies, List.of(req)));
        }
        int joins = Math.max(1, tableCount / 8);
        for (int j = 0; j < joins && tableCount > 1; j++) {
            String a = names.get(r.nextInt(tableCount));
            String b = names.get(r.nextInt(tableCount));
            if (a.equals(b)) {
                continue;
            }
            String name = "link_" + j;
            tables.add(new Table(name, TableKind.JOIN, "", List.of(new Column("a_id", key, false, null, false, "", List.of()),
                    new Column("b_id", key, false, null, false, "", List.of()),
                    new Column("created_at", ColumnType.of(TypeKind.TIMESTAMPTZ), false, DefaultValue.of(DefaultKind.NOW), false, "", List.of())),
                    List.of("a_id", "b_id"),
                    List.of(new ForeignKey(name + "_a_fkey", List.of("a_id"), null, a, List.of("id"), FkAction.CASCADE, "", List.of()),
                            new ForeignKey(name + "_b_fkey", List.of("b_id"), null, b, List.of("id"), FkAction.CASCADE, "", List.of())),
                    List.of(), List.of(), List.of(index(name + "_b_idx", "b_id")), false, List.of(), List.of()));
            relationships.add(new Relationship(a, b, Cardinality.MANY_TO_MANY, name, true, "linked", List.of()));
        }
        return new SchemaModel(projectId, "Generated " + projectId, "Seed " + seed + ".",
                new TargetStack("PostgreSQL", auth, uuidKeys ? KeyStrategy.UUID : KeyStrategy.IDENTITY, ""), enums, tables, relationships,
                List.of(), List.of(), List.of());
    }

    private static Index index(String name, String column) {
        return new Index(name, List.of(IndexColumn.asc(column)), false, IndexMethod.BTREE, IndexPredicate.NONE, "foreign key", List.of());
    }

    private static List<String> dedupe(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String candidate = n;
            for (int k = 2; out.contains(candidate); k++) {
                candidate = n + "_" + k;
            }
            out.add(candidate);
        }
        return out;
    }
}
