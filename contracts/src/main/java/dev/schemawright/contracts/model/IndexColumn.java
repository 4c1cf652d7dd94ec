package dev.schemawright.contracts.model;

import dev.schemawright.contracts.Lists;

public record IndexColumn(String name, boolean descending) {
    public IndexColumn {
        Lists.requireText(name, "index column");
    }

    public static IndexColumn asc(String name) {
        return new IndexColumn(name, false);
    }

    public static IndexColumn desc(String name) {
        return new IndexColumn(name, true);
    }
}
