package dev.schemawright.contracts.model;

import dev.schemawright.contracts.Lists;
import java.util.List;
import java.util.Objects;

/**
 * An index; {@code reason} says which access pattern or rule asked for it. A partial index's WHERE is {@code where}
 * and, when set, {@code condition}, both holding ({@code where} NOT_DELETED and condition is_completed false: rows
 * neither deleted nor completed).
 */
public record Index(String name, List<IndexColumn> columns, boolean unique, IndexMethod method, IndexPredicate where,
                    String reason, List<String> sources, IndexCondition condition) {
    public Index {
        Lists.requireText(name, "index name");
        columns = Lists.copy(columns);
        method = method == null ? IndexMethod.BTREE : method;
        where = where == null ? IndexPredicate.NONE : where;
        reason = reason == null ? "" : reason;
        sources = Lists.copy(sources);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs columns");
        }
    }

    public Index(String name, List<IndexColumn> columns, boolean unique, IndexMethod method, IndexPredicate where,
                 String reason, List<String> sources) {
        this(name, columns, unique, method, where, reason, sources, null);
    }

    /** Whether the index covers only some rows (a predicate, a condition or both). */
    public boolean partial() {
        return where != IndexPredicate.NONE || condition != null;
    }

    public Index withWhere(IndexPredicate w) {
        return new Index(name, columns, unique, method, w, reason, sources, condition);
    }

    public List<String> columnNames() {
        return columns.stream().map(IndexColumn::name).toList();
    }

    public Index withName(String n) {
        return new Index(n, columns, unique, method, where, reason, sources, condition);
    }
}
