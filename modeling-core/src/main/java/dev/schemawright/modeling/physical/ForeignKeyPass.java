package dev.schemawright.modeling.physical;

import dev.schemawright.modeling.ModelQueries;
import dev.schemawright.contracts.model.Cardinality;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.lang.Identifiers;
import java.util.ArrayList;
import java.util.List;

/**
 * One-to-many and one-to-one relationships become a {@code <parent>_id} column with an FK on the child. ON DELETE follows
 * ownership: CASCADE when the child is contained in the parent, SET NULL when the link is optional, RESTRICT otherwise;
 * the rationale travels with the FK. One-to-one adds a UNIQUE on the FK column.
 */
public final class ForeignKeyPass implements DesignPass {
    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        List<Table> tables = new ArrayList<>(m.tables());
        for (Relationship r : m.relationships()) {
            if (r.cardinality() == Cardinality.MANY_TO_MANY) {
                continue;
            }
            int idx = ModelQueries.indexOf(tables, r.to());
            if (idx < 0 || m.table(r.from()).isEmpty()) {
                continue;
            }
            Table child = tables.get(idx);
            if (child.foreignKeys().stream().anyMatch(f -> !f.external() && f.refTable().equals(r.from()))) {
                continue;
            }
            String column = Identifiers.truncate(r.from() + "_id", Identifiers.MAX_BYTES);
            if (child.foreignKeys().stream().anyMatch(f -> f.columns().equals(List.of(column)))) {
                continue; // the column points elsewhere already ("student_id" to the users table, as the plan says): that key stands
            }
            FkAction action;
            String why;
            if (r.optional()) {
                action = FkAction.SET_NULL;
                why = "optional link: the " + r.to() + " stays when its " + r.from() + " is deleted";
            } else if (r.label().equals("references")) {
                action = FkAction.RESTRICT;
                why = "reference: a " + r.from() + " in use cannot be deleted";
            } else {
                action = FkAction.CASCADE;
                why = "the " + r.to() + " belongs to its " + r.from() + " (" + r.label() + ")";
            }
            List<Column> cols = new ArrayList<>(child.columns());
            if (cols.stream().noneMatch(c -> c.name().equals(column))) {
                KeyColumns.insert(cols, new Column(column, ColumnType.of(TypeKind.UUID), r.optional(), null, false, "", r.sources()));
            }
            List<ForeignKey> fks = new ArrayList<>(child.foreignKeys());
            fks.add(new ForeignKey(Identifiers.derived(child.name() + "_" + column, "fkey"), List.of(column), null, r.from(), List.of("id"), action,
                    why, r.sources()));
            List<UniqueConstraint> uniques = new ArrayList<>(child.uniques());
            if (r.cardinality() == Cardinality.ONE_TO_ONE && uniques.stream().noneMatch(u -> u.columns().equals(List.of(column)))) {
                uniques.add(new UniqueConstraint(Identifiers.derived(child.name() + "_" + column, "key"), List.of(column), r.sources()));
            }
            tables.set(idx, child.withColumns(cols).withForeignKeys(fks).withUniques(uniques));
        }
        return m.withTables(tables);
    }
}
