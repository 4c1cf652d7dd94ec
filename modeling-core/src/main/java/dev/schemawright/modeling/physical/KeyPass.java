package dev.schemawright.modeling.physical;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.DefaultKind;
import dev.schemawright.contracts.model.DefaultValue;
import dev.schemawright.contracts.model.KeyStrategy;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import java.util.ArrayList;
import java.util.List;

/**
 * Primary keys from the stack: uuid with a random default (Supabase and most stacks), or a generated identity bigint
 * when the documents ask for auto-increment keys. Join tables keep their composite key. Key and FK types then agree.
 */
public final class KeyPass implements DesignPass {
    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        boolean identity = m.stack().keys() == KeyStrategy.IDENTITY;
        ColumnType keyType = identity ? ColumnType.of(TypeKind.BIGINT) : ColumnType.of(TypeKind.UUID);
        List<Table> out = new ArrayList<>();
        for (Table t : m.tables()) {
            List<Column> cols = new ArrayList<>(t.columns());
            if (t.primaryKey().isEmpty() && t.kind() != TableKind.JOIN) {
                cols.removeIf(c -> c.name().equals("id"));
                cols.add(0, new Column("id", keyType, false, identity ? null : DefaultValue.of(DefaultKind.RANDOM_UUID), identity,
                        "surrogate key", List.of()));
                t = t.withPrimaryKey(List.of("id"));
            }
            // FK columns take the type of the key they point at
            for (var fk : t.foreignKeys()) {
                ColumnType target = fk.external() ? ColumnType.of(TypeKind.UUID)
                        : m.table(fk.refTable()).map(p -> p.kind() == TableKind.JOIN ? null : p).map(p -> p.name().equals("profile")
                        ? ColumnType.of(TypeKind.UUID) : keyType).orElse(keyType);
                if (target == null) {
                    continue;
                }
                cols.replaceAll(c -> fk.columns().contains(c.name()) ? c.withType(target).withDefault(c.defaultValue() != null
                        && c.defaultValue().kind() == DefaultKind.CURRENT_USER ? c.defaultValue() : null).withIdentity(false) : c);
            }
            out.add(t.withColumns(cols));
        }
        return m.withTables(out);
    }
}
