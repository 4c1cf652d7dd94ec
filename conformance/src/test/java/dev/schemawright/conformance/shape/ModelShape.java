package dev.schemawright.conformance.shape;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.render.naming.PhysicalName;
import dev.schemawright.render.sql.ExternalTables;
import java.util.List;

/**
 * The shape every rendering must have, computed from the model with the one physical-name rule all renderers share.
 * Foreign keys into another schema (Supabase auth.users) are kept as such in PostgreSQL, become references to a local
 * stand-in table where the target has no schemas (SQLite; named by render-core's ExternalTables rule), or are left
 * out where the target cannot reference them at all (Prisma notes them in comments).
 */
public final class ModelShape {
    /** How a rendering represents foreign keys into another schema. */
    public enum External {
        QUALIFIED, STAND_IN, DROPPED
    }

    private ModelShape() {
    }

    public static SchemaShape of(SchemaModel model, boolean withExternalForeignKeys) {
        return of(model, withExternalForeignKeys ? External.QUALIFIED : External.DROPPED);
    }

    public static SchemaShape of(SchemaModel model, External external) {
        SchemaShape.Builder b = new SchemaShape.Builder("model");
        ExternalTables standIns = ExternalTables.of(model);
        if (external == External.STAND_IN) {
            for (ExternalTables.LocalTable lt : standIns.tables()) {
                String table = PhysicalName.of(lt.name());
                lt.keyColumns().forEach(c -> b.column(table, PhysicalName.of(c.name()), false, TypeFamily.of(c.type())));
                b.primaryKey(table, names(lt.keyColumns().stream().map(Column::name).toList()));
            }
        }
        for (Table t : model.tables()) {
            String table = PhysicalName.of(t.name());
            b.table(table);
            for (Column c : t.columns()) {
                b.column(table, PhysicalName.of(c.name()), c.nullable() && !t.primaryKey().contains(c.name()), TypeFamily.of(c.type()));
            }
            t.uniques().forEach(u -> b.unique(table, names(u.columns())));
            t.indexes().stream().filter(i -> i.unique() && !i.partial())
                    .forEach(i -> b.unique(table, names(i.columnNames())));
            b.primaryKey(table, names(t.primaryKey()));
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.external() && external == External.DROPPED) {
                    continue;
                }
                String ref = !fk.external() ? PhysicalName.of(fk.refTable())
                        : external == External.QUALIFIED ? fk.refSchema() + "." + fk.refTable()
                        : PhysicalName.of(standIns.target(fk).name());
                b.foreignKey(table, names(fk.columns()), ref, names(fk.refColumns()), fk.onDelete().name());
            }
        }
        return b.build();
    }

    static List<String> names(List<String> modelNames) {
        return modelNames.stream().map(PhysicalName::of).toList();
    }

    /** SQL spellings (SET NULL, NO ACTION, ...) and Prisma's (SetNull, NoAction, ...) to the FkAction names. */
    public static String normalizeAction(String spelled) {
        String s = spelled.replaceAll("([a-z])([A-Z])", "$1_$2").replace(' ', '_').toUpperCase(java.util.Locale.ROOT);
        return s;
    }
}
