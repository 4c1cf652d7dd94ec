package dev.schemawright.contracts.model;

import dev.schemawright.contracts.Lists;
import java.util.List;
import java.util.Objects;

/** An index; {@code reason} says which access pattern or rule asked for it. */
public record Index(String name, List<IndexColumn> columns, boolean unique, IndexMethod method, IndexPredicate where,
                    String reason, List<String> sources) {
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

    public List<String> columnNames() {
        return columns.stream().map(IndexColumn::name).toList();
    }

    public Index withName(String n) {
        return new Index(n, columns, unique, method, where, reason, sources);
    }
}
