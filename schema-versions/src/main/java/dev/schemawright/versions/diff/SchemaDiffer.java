package dev.schemawright.versions.diff;

import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.render.sql.KeyColumnsRequired;
import dev.schemawright.render.sql.SqlComments;
import dev.schemawright.versions.diff.Change.Facet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Compares two versions of a schema model: renames first (only those {@link RenameDetector} has evidence for), then
 * enums, tables, and inside each table its columns, key, foreign keys, UNIQUE and CHECK constraints, indexes,
 * row-level security and policies. Both models are read as the renderers read them (key columns NOT NULL). Pure and
 * deterministic: changes come in model order.
 */
public final class SchemaDiffer {
    private final boolean detectRenames;

    /** @param detectRenames false: every gone element is a drop and every new one an add (no rename is proposed) */
    public SchemaDiffer(boolean detectRenames) {
        this.detectRenames = detectRenames;
    }

    public SchemaDiff diff(SchemaModel fromInput, SchemaModel toInput) {
        SchemaModel from = KeyColumnsRequired.apply(fromInput);
        SchemaModel to = KeyColumnsRequired.apply(toInput);
        Renames renames = detectRenames ? RenameDetector.detect(from, to) : Renames.none();
        SchemaModel renamed = RenamedModel.apply(from, renames);
        List<Change> changes = new ArrayList<>();
        for (Renames.EnumRename r : renames.enums()) {
            changes.add(new Change.RenameEnum(from.enumType(r.from()).orElseThrow(), to.enumType(r.to()).orElseThrow(), r.evidence()));
        }
        for (Renames.TableRename r : renames.tables()) {
            changes.add(new Change.RenameTable(from.table(r.from()).orElseThrow(), to.table(r.to()).orElseThrow(), r.evidence()));
        }
        for (Renames.ColumnRename r : renames.columns()) {
            Table oldTable = from.table(renames.tableFrom(r.table())).orElseThrow();
            changes.add(new Change.RenameColumn(r.table(), oldTable.column(r.from()).orElseThrow(),
                    to.table(r.table()).flatMap(t -> t.column(r.to())).orElseThrow(), r.evidence()));
        }
        for (EnumType e : to.enums()) {
            Optional<EnumType> before = renamed.enumType(e.name());
            if (before.isEmpty()) {
                changes.add(new Change.AddEnum(e));
            } else if (!before.get().values().equals(e.values())) {
                changes.add(new Change.ModifyEnum(before.get(), e));
            }
        }
        for (Table t : to.tables()) {
            Optional<Table> before = renamed.table(t.name());
            if (before.isEmpty()) {
                changes.add(new Change.AddTable(t));
            } else {
                table(before.get(), t, renamed, to, changes);
            }
        }
        for (Table t : renamed.tables()) {
            if (to.table(t.name()).isEmpty()) {
                changes.add(new Change.DropTable(from.table(renames.tableFrom(t.name())).orElse(t)));
            }
        }
        for (EnumType e : renamed.enums()) {
            if (to.enumType(e.name()).isEmpty()) {
                changes.add(new Change.DropEnum(e));
            }
        }
        return new SchemaDiff(from, to, renames, renamed, changes);
    }

    private static void table(Table a, Table b, SchemaModel aModel, SchemaModel bModel, List<Change> out) {
        String t = b.name();
        for (Column c : b.columns()) {
            Optional<Column> before = a.column(c.name());
            if (before.isEmpty()) {
                out.add(new Change.AddColumn(t, c));
            } else {
                column(t, before.get(), c, aModel, bModel, out);
            }
        }
        for (Column c : a.columns()) {
            if (!b.hasColumn(c.name())) {
                out.add(new Change.DropColumn(t, c));
            }
        }
        if (!a.primaryKey().equals(b.primaryKey())) {
            out.add(new Change.ModifyPrimaryKey(t, a.primaryKey(), b.primaryKey()));
        }
        compare(a.foreignKeys(), b.foreignKeys(), ForeignKey::name, SchemaDiffer::definition, "foreign key", t, out,
                fk -> new Change.AddForeignKey(t, fk), fk -> new Change.DropForeignKey(t, fk), (x, y) -> new Change.ModifyForeignKey(t, x, y));
        compare(a.uniques(), b.uniques(), UniqueConstraint::name, UniqueConstraint::columns, "unique", t, out,
                u -> new Change.AddUnique(t, u), u -> new Change.DropUnique(t, u), (x, y) -> new Change.ModifyUnique(t, x, y));
        compare(a.checks(), b.checks(), CheckConstraint::name, c -> List.of(c.kind(), c.columns(), c.args()), "check", t, out,
                c -> new Change.AddCheck(t, c), c -> new Change.DropCheck(t, c), (x, y) -> new Change.ModifyCheck(t, x, y));
        compare(a.indexes(), b.indexes(), Index::name, ix -> List.of(ix.columns(), ix.unique(), ix.method(), ix.where(), Objects.toString(ix.condition())),
                "index", t, out, ix -> new Change.AddIndex(t, ix), ix -> new Change.DropIndex(t, ix), (x, y) -> new Change.ModifyIndex(t, x, y));
        if (a.rlsEnabled() != b.rlsEnabled()) {
            out.add(b.rlsEnabled() ? new Change.EnableRls(t) : new Change.DisableRls(t));
        }
        compare(a.policies(), b.policies(), Policy::name, p -> List.of(p.command(), p.role(), p.rule()), "policy", t, out,
                p -> new Change.AddPolicy(t, p), p -> new Change.DropPolicy(t, p), (x, y) -> new Change.ModifyPolicy(t, x, y));
        if (!SqlComments.described(a.description(), a.sources()).equals(SqlComments.described(b.description(), b.sources()))) {
            out.add(new Change.ModifyTableComment(a, b));
        }
    }

    private static List<Object> definition(ForeignKey fk) {
        return List.of(fk.columns(), Objects.toString(fk.refSchema()), fk.refTable(), fk.refColumns(), fk.onDelete());
    }

    private static void column(String t, Column a, Column b, SchemaModel aModel, SchemaModel bModel, List<Change> out) {
        Set<Facet> facets = EnumSet.noneOf(Facet.class);
        if (!a.type().equals(b.type())) {
            facets.add(Facet.TYPE);
        }
        if (a.nullable() != b.nullable()) {
            facets.add(Facet.NULLABLE);
        }
        if (a.identity() != b.identity()) {
            facets.add(Facet.IDENTITY);
        }
        if (!Objects.equals(a.identity() ? null : a.defaultValue(), b.identity() ? null : b.defaultValue())) {
            facets.add(Facet.DEFAULT);
        }
        if (!SqlComments.described(a.description(), a.sources()).equals(SqlComments.described(b.description(), b.sources()))) {
            facets.add(Facet.COMMENT);
        }
        if (!facets.isEmpty()) {
            TypeChange typeChange = TypeChange.of(a.type(), b.type(), enumOf(aModel, a), enumOf(bModel, b));
            out.add(new Change.ModifyColumn(t, a, b, facets, typeChange));
        }
    }

    private static EnumType enumOf(SchemaModel m, Column c) {
        return c.type().enumName() == null ? null : m.enumType(c.type().enumName()).orElse(null);
    }

    /**
     * Elements matched by name: same name and definition is no change, same name and another definition a modify; of
     * the rest, a gone and a new element with the same definition are a rename; the others are drops and adds.
     */
    private static <T> void compare(List<T> before, List<T> after, Function<T, String> name, Function<T, Object> definition, String what,
                                    String table, List<Change> out, Function<T, Change> add, Function<T, Change> drop,
                                    BiFunction<T, T, Change> modify) {
        List<T> gone = new ArrayList<>();
        for (T a : before) {
            Optional<T> same = after.stream().filter(b -> name.apply(b).equals(name.apply(a))).findFirst();
            if (same.isEmpty()) {
                gone.add(a);
            } else if (!definition.apply(same.get()).equals(definition.apply(a))) {
                out.add(modify.apply(a, same.get()));
            }
        }
        for (T b : after) {
            if (before.stream().anyMatch(a -> name.apply(a).equals(name.apply(b)))) {
                continue;
            }
            Optional<T> renamed = gone.stream().filter(a -> definition.apply(a).equals(definition.apply(b))).findFirst();
            if (renamed.isPresent()) {
                gone.remove(renamed.get());
                out.add(new Change.RenameConstraint(table, what, name.apply(renamed.get()), name.apply(b)));
            } else {
                out.add(add.apply(b));
            }
        }
        gone.forEach(a -> out.add(drop.apply(a)));
    }
}
