package dev.schemawright.modeling.physical;

import dev.schemawright.modeling.ModelQueries;
import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexColumn;
import dev.schemawright.contracts.model.IndexMethod;
import dev.schemawright.contracts.model.IndexPredicate;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.intake.NfrFlags;
import dev.schemawright.modeling.lang.Identifiers;
import java.util.ArrayList;
import java.util.List;

/**
 * When the requirements ask for them: soft delete (deleted_at on entity tables; each UNIQUE becomes a partial unique
 * index over live rows, so a deleted name can be reused) and audit columns (created_by / updated_by, SET NULL so the
 * trail survives the account).
 */
public final class SoftDeleteAuditPass implements DesignPass {

    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        boolean softDelete = NfrFlags.SOFT_DELETE.on(m);
        boolean audit = NfrFlags.AUDIT.on(m);
        if (!softDelete && !audit) {
            return m;
        }
        boolean supabase = m.stack().auth() == AuthProvider.SUPABASE;
        List<Table> out = new ArrayList<>();
        for (Table t : m.tables()) {
            if (t.kind() != TableKind.ENTITY || t.name().equals("profile") || t.name().equals(ModelQueries.userTable(m))) {
                out.add(t);
                continue;
            }
            List<Column> cols = new ArrayList<>(t.columns());
            List<ForeignKey> fks = new ArrayList<>(t.foreignKeys());
            List<UniqueConstraint> uniques = new ArrayList<>(t.uniques());
            List<Index> indexes = new ArrayList<>(t.indexes());
            if (softDelete && !t.hasColumn("deleted_at")) {
                cols.add(new Column("deleted_at", ColumnType.of(TypeKind.TIMESTAMPTZ), true, null, false, "soft delete: set instead of deleting",
                        List.of()));
                for (UniqueConstraint u : uniques) {
                    indexes.add(new Index(Identifiers.derived(t.name() + "_" + String.join("_", u.columns()), "live_key"),
                            u.columns().stream().map(IndexColumn::asc).toList(), true, IndexMethod.BTREE, IndexPredicate.NOT_DELETED,
                            "unique among rows that are not soft-deleted", u.sources()));
                }
                uniques.clear();
                indexes.replaceAll(ix -> ix.unique() && ix.where() == IndexPredicate.NONE ? ix.withWhere(IndexPredicate.NOT_DELETED) : ix);
            }
            if (audit) {
                for (String c : List.of("created_by", "updated_by")) {
                    if (!t.hasColumn(c)) {
                        cols.add(new Column(c, ColumnType.of(TypeKind.UUID), true, null, false, ModelQueries.AUDIT_DESCRIPTION + c.replace("_by", ""), List.of()));
                        fks.add(new ForeignKey(Identifiers.derived(t.name() + "_" + c, "fkey"), List.of(c), supabase ? "auth" : null,
                                supabase ? "users" : ModelQueries.userTable(m), List.of("id"), FkAction.SET_NULL,
                                "audit trail outlives the account", List.of()));
                    }
                }
            }
            out.add(t.withColumns(cols).withForeignKeys(fks).withUniques(uniques).withIndexes(indexes));
        }
        return m.withTables(out);
    }
}
