package dev.schemawright.contracts.model;

import dev.schemawright.contracts.Lists;
import java.util.List;
import java.util.Objects;

public record CheckConstraint(String name, CheckKind kind, List<String> columns, List<String> args, List<String> sources) {
    public CheckConstraint {
        Lists.requireText(name, "check constraint name");
        Objects.requireNonNull(kind, "kind");
        columns = Lists.copy(columns);
        args = Lists.copy(args);
        sources = Lists.copy(sources);
        int needed = (kind == CheckKind.COLUMNS_DIFFER || kind == CheckKind.COLUMNS_ORDERED) ? 2 : 1;
        if (columns.size() != needed) {
            throw new IllegalArgumentException("check " + name + " of kind " + kind + " needs " + needed + " column(s)");
        }
    }
}
