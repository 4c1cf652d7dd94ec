package dev.schemawright.contracts.model;

import dev.schemawright.contracts.Lists;
import java.util.List;
import java.util.Objects;

/**
 * A column. {@code identity}: generated always-as-identity integer key. {@code sources}: ids of the requirements that
 * caused it (empty for columns a convention adds, which then name the decision in {@code description}).
 */
public record Column(String name, ColumnType type, boolean nullable, DefaultValue defaultValue, boolean identity,
                     String description, List<String> sources) {
    public Column {
        Lists.requireText(name, "column name");
        Objects.requireNonNull(type, "column type");
        description = description == null ? "" : description;
        sources = Lists.copy(sources);
        if (identity && type.kind() != TypeKind.BIGINT && type.kind() != TypeKind.INTEGER) {
            throw new IllegalArgumentException("identity column " + name + " must be an integer type");
        }
    }

    public static Column of(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, null, false, "", List.of());
    }

    public Column withName(String n) {
        return new Column(n, type, nullable, defaultValue, identity, description, sources);
    }

    public Column withType(ColumnType t) {
        return new Column(name, t, nullable, defaultValue, identity, description, sources);
    }

    public Column withNullable(boolean n) {
        return new Column(name, type, n, defaultValue, identity, description, sources);
    }

    public Column withDefault(DefaultValue d) {
        return new Column(name, type, nullable, d, identity, description, sources);
    }

    public Column withIdentity(boolean i) {
        return new Column(name, type, nullable, defaultValue, i, description, sources);
    }

    public Column withDescription(String d) {
        return new Column(name, type, nullable, defaultValue, identity, d, sources);
    }

    public Column withSources(List<String> s) {
        return new Column(name, type, nullable, defaultValue, identity, description, s);
    }
}
