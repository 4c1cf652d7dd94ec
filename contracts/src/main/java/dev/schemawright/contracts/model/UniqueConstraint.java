package dev.schemawright.contracts.model;

import dev.schemawright.contracts.Lists;
import java.util.List;

public record UniqueConstraint(String name, List<String> columns, List<String> sources) {
    public UniqueConstraint {
        Lists.requireText(name, "unique constraint name");
        columns = Lists.copy(columns);
        sources = Lists.copy(sources);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("unique constraint " + name + " needs columns");
        }
    }
}
