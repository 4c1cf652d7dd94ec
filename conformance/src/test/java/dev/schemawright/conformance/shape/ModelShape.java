package dev.schemawright.conformance.shape;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.render.naming.PhysicalName;
import java.util.List;

/**
 * The shape every rendering must have, computed from the model with the one physical-name rule all renderers share.
 * Foreign keys into another schema (Supabase auth.users) exist only in PostgreSQL, so they are included on request.
 */
public final class ModelShape {
    private ModelShape() {
    }

    public static SchemaShape of(SchemaModel model, boolean withExternalForeignKeys) {
        SchemaShape.Builder b = new SchemaShape.Builder("model");
        for (Table t : model.tables()) {
            String table = PhysicalName.of(t.name());
            b.table(table);
            for (Column c : t.columns()) {
                b.column(table, PhysicalName.of(c.name()), c.nullable() && !t.primaryKey().contains(c.name()));
            }
            b.primaryKey(table, names(t.primaryKey()));
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.external() && !withExternalForeignKeys) {
                    continue;
                }
                String ref = fk.external() ? fk.refSchema() + "." + fk.refTable() : PhysicalName.of(fk.refTable());
                b.foreignKey(table, names(fk.columns()), ref, names(fk.refColumns()), action(fk.onDelete()));
            }
        }
        return b.build();
    }

    static List<String> names(List<String> modelNames) {
        return modelNames.stream().map(PhysicalName::of).toList();
    }

    static String action(FkAction a) {
        return a.name();
    }

    /** SQL spellings (SET NULL, NO ACTION, ...) and Prisma's (SetNull, NoAction, ...) to the FkAction names. */
    public static String normalizeAction(String spelled) {
        String s = spelled.replaceAll("([a-z])([A-Z])", "$1_$2").replace(' ', '_').toUpperCase(java.util.Locale.ROOT);
        return s;
    }
}
