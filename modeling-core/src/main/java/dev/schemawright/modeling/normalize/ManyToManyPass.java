package dev.schemawright.modeling.normalize;

import dev.schemawright.contracts.model.Cardinality;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.lang.Identifiers;
import dev.schemawright.modeling.lang.Inflection;
import java.util.ArrayList;
import java.util.List;

/**
 * Many-to-many relationships become join tables: one FK to each side (CASCADE: a link means nothing without both ends)
 * and a composite primary key, so the same pair cannot be linked twice. Each join table it makes or completes is recorded.
 */
public final class ManyToManyPass implements DesignPass {
    @Override
    public SchemaModel apply(DesignContext ctx) {
        return normalize(ctx.model());
    }

    public static SchemaModel normalize(SchemaModel m) {
        List<Table> tables = new ArrayList<>(m.tables());
        List<Relationship> made = new ArrayList<>();
        for (Relationship r : m.relationships()) {
            if (r.cardinality() != Cardinality.MANY_TO_MANY || m.table(r.from()).isEmpty() || m.table(r.to()).isEmpty()) {
                continue;
            }
            int idx = indexOf(tables, r.via());
            Table join = idx >= 0 ? tables.get(idx) : new Table(r.via(), TableKind.JOIN, "Links " + r.from() + " and " + r.to(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), false, List.of(), r.sources());
            String a = r.from() + "_id";
            String b = r.to() + "_id";
            List<Column> cols = new ArrayList<>(join.columns());
            List<ForeignKey> fks = new ArrayList<>(join.foreignKeys());
            String ka = keyOf(join, r.from(), a, cols, fks, r.sources());
            String kb = keyOf(join, r.to(), b, cols, fks, r.sources());
            join = join.withColumns(cols).withForeignKeys(fks).withKind(TableKind.JOIN);
            if (join.primaryKey().isEmpty() && !join.hasColumn("id")) {
                join = join.withPrimaryKey(List.of(ka, kb));
            }
            boolean changed = idx < 0 || !join.equals(tables.get(idx));
            if (idx >= 0) {
                tables.set(idx, join);
            } else {
                tables.add(join);
            }
            if (changed) {
                made.add(r);
            }
        }
        SchemaModel out = m.withTables(tables);
        for (Relationship r : made) {
            String from = NormalizationTrail.words(Inflection.plural(r.from()));
            String to = NormalizationTrail.words(Inflection.plural(r.to()));
            out = NormalizationTrail.record(out, "many-to-many", NormalizationTrail.table(r.via()), from + " and " + to,
                    "Join table " + NormalizationTrail.table(r.via()) + ": one row per linked pair, composite primary key, deleted with either side",
                    "A list of " + to + " in a column of " + NormalizationTrail.table(r.from()) + " (no referential integrity, no per-link data)",
                    NormalizationTrail.capitalized(NormalizationTrail.a(r.from())) + " has several " + to + " and " + NormalizationTrail.a(r.to()) + " is used by several "
                            + from + " (" + r.label() + ")", r.sources());
        }
        return out;
    }

    private static String keyOf(Table join, String target, String column, List<Column> cols, List<ForeignKey> fks, List<String> sources) {
        for (ForeignKey f : fks) {
            if (f.refTable().equals(target) && !f.external()) {
                return f.columns().get(0);
            }
        }
        if (cols.stream().noneMatch(c -> c.name().equals(column))) {
            cols.add(new Column(column, ColumnType.of(TypeKind.UUID), false, null, false, "", sources));
        }
        fks.add(new ForeignKey(Identifiers.derived(join.name() + "_" + column, "fkey"), List.of(column), null, target, List.of("id"),
                FkAction.CASCADE, "join row is meaningless without its " + target, sources));
        return column;
    }

    private static int indexOf(List<Table> tables, String name) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
