package dev.schemawright.modeling.physical;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.DefaultKind;
import dev.schemawright.contracts.model.DefaultValue;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import java.util.ArrayList;
import java.util.List;

/**
 * created_at on every entity, child and log table; updated_at (kept by a trigger in PostgreSQL) on mutable ones. Join
 * rows are immutable links and get neither.
 */
public final class TimestampPass implements DesignPass {
    @Override
    public SchemaModel apply(DesignContext ctx) {
        List<Table> out = new ArrayList<>();
        for (Table t : ctx.model().tables()) {
            if (t.kind() == TableKind.JOIN) {
                out.add(t);
                continue;
            }
            List<Column> cols = new ArrayList<>(t.columns());
            ensure(cols, "created_at");
            var planned = dev.schemawright.modeling.domain.Readings.sketch(ctx).entities.get(t.name());
            boolean planSaysImmutable = planned != null && planned.fields.size() >= 3 && !planned.fields.containsKey("updated_at");
            if (t.kind() != TableKind.LOG && !planSaysImmutable) {
                ensure(cols, "updated_at");
            }
            out.add(t.withColumns(cols));
        }
        return ctx.model().withTables(out);
    }

    private static void ensure(List<Column> cols, String name) {
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).name().equals(name)) {
                Column c = cols.get(i);
                cols.set(i, c.withType(ColumnType.of(TypeKind.TIMESTAMPTZ)).withNullable(false).withDefault(DefaultValue.of(DefaultKind.NOW)));
                return;
            }
        }
        cols.add(new Column(name, ColumnType.of(TypeKind.TIMESTAMPTZ), false, DefaultValue.of(DefaultKind.NOW), false,
                "audit timestamp (convention)", List.of()));
    }
}
