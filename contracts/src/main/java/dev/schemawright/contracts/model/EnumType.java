package dev.schemawright.contracts.model;

import dev.schemawright.contracts.Lists;
import java.util.List;

public record EnumType(String name, List<String> values, List<String> sources) {
    public EnumType {
        Lists.requireText(name, "enum name");
        values = Lists.copy(values);
        sources = Lists.copy(sources);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("enum " + name + " needs values");
        }
        if (values.stream().distinct().count() != values.size()) {
            throw new IllegalArgumentException("enum " + name + " has duplicate values");
        }
    }
}
