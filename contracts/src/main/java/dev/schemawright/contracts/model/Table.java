package dev.schemawright.contracts.model;

import dev.schemawright.contracts.Lists;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A table. Refers to other tables by name only. */
public record Table(String name, TableKind kind, String description, List<Column> columns, List<String> primaryKey,
                    List<ForeignKey> foreignKeys, List<UniqueConstraint> uniques, List<CheckConstraint> checks,
                    List<Index> indexes, boolean rlsEnabled, List<Policy> policies, List<String> sources) {
    public Table {
        Lists.requireText(name, "table name");
        Objects.requireNonNull(kind, "kind");
        description = description == null ? "" : description;
        columns = Lists.copy(columns);
        primaryKey = Lists.copy(primaryKey);
        foreignKeys = Lists.copy(foreignKeys);
        uniques = Lists.copy(uniques);
        checks = Lists.copy(checks);
        indexes = Lists.copy(indexes);
        policies = Lists.copy(policies);
        sources = Lists.copy(sources);
    }

    public static Table of(String name, TableKind kind, List<Column> columns, List<String> primaryKey) {
        return new Table(name, kind, "", columns, primaryKey, List.of(), List.of(), List.of(), List.of(), false, List.of(), List.of());
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public boolean hasColumn(String columnName) {
        return column(columnName).isPresent();
    }

    public Table withName(String v) {
        return new Table(v, kind, description, columns, primaryKey, foreignKeys, uniques, checks, indexes, rlsEnabled, policies, sources);
    }

    public Table withKind(TableKind v) {
        return new Table(name, v, description, columns, primaryKey, foreignKeys, uniques, checks, indexes, rlsEnabled, policies, sources);
    }

    public Table withDescription(String v) {
        return new Table(name, kind, v, columns, primaryKey, foreignKeys, uniques, checks, indexes, rlsEnabled, policies, sources);
    }

    public Table withColumns(List<Column> v) {
        return new Table(name, kind, description, v, primaryKey, foreignKeys, uniques, checks, indexes, rlsEnabled, policies, sources);
    }

    public Table withPrimaryKey(List<String> v) {
        return new Table(name, kind, description, columns, v, foreignKeys, uniques, checks, indexes, rlsEnabled, policies, sources);
    }

    public Table withForeignKeys(List<ForeignKey> v) {
        return new Table(name, kind, description, columns, primaryKey, v, uniques, checks, indexes, rlsEnabled, policies, sources);
    }

    public Table withUniques(List<UniqueConstraint> v) {
        return new Table(name, kind, description, columns, primaryKey, foreignKeys, v, checks, indexes, rlsEnabled, policies, sources);
    }

    public Table withChecks(List<CheckConstraint> v) {
        return new Table(name, kind, description, columns, primaryKey, foreignKeys, uniques, v, indexes, rlsEnabled, policies, sources);
    }

    public Table withIndexes(List<Index> v) {
        return new Table(name, kind, description, columns, primaryKey, foreignKeys, uniques, checks, v, rlsEnabled, policies, sources);
    }

    public Table withRlsEnabled(boolean v) {
        return new Table(name, kind, description, columns, primaryKey, foreignKeys, uniques, checks, indexes, v, policies, sources);
    }

    public Table withPolicies(List<Policy> v) {
        return new Table(name, kind, description, columns, primaryKey, foreignKeys, uniques, checks, indexes, rlsEnabled, v, sources);
    }

    public Table withSources(List<String> v) {
        return new Table(name, kind, description, columns, primaryKey, foreignKeys, uniques, checks, indexes, rlsEnabled, policies, v);
    }
}
