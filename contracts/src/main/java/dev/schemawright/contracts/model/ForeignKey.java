package dev.schemawright.contracts.model;

import dev.schemawright.contracts.Lists;
import java.util.List;
import java.util.Objects;

/**
 * A foreign key, referring to other tables by name (no back-pointers). {@code refSchema} is null for a table of this
 * model, or an external schema such as "auth" (Supabase {@code auth.users}). {@code rationale} says why the ON DELETE
 * action was chosen.
 */
public record ForeignKey(String name, List<String> columns, String refSchema, String refTable, List<String> refColumns,
                         FkAction onDelete, String rationale, List<String> sources) {
    public ForeignKey {
        Lists.requireText(name, "foreign key name");
        columns = Lists.copy(columns);
        Lists.requireText(refTable, "referenced table");
        refColumns = Lists.copy(refColumns);
        Objects.requireNonNull(onDelete, "onDelete");
        rationale = rationale == null ? "" : rationale;
        sources = Lists.copy(sources);
        if (columns.isEmpty() || columns.size() != refColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " needs matching column lists");
        }
    }

    public boolean external() {
        return refSchema != null;
    }

    public ForeignKey withName(String n) {
        return new ForeignKey(n, columns, refSchema, refTable, refColumns, onDelete, rationale, sources);
    }

    public ForeignKey withRefTable(String t) {
        return new ForeignKey(name, columns, refSchema, t, refColumns, onDelete, rationale, sources);
    }

    public ForeignKey withColumns(List<String> c) {
        return new ForeignKey(name, c, refSchema, refTable, refColumns, onDelete, rationale, sources);
    }

    public ForeignKey withOnDelete(FkAction a, String why) {
        return new ForeignKey(name, columns, refSchema, refTable, refColumns, a, why, sources);
    }
}
