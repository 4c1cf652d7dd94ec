package dev.schemawright.versions.diff;

import dev.schemawright.contracts.Lists;
import dev.schemawright.contracts.model.SchemaModel;
import java.util.List;
import java.util.Objects;

/**
 * What changed from {@code from} to {@code to}: the proposed renames and, after them ({@code renamed} is {@code from}
 * with the renames applied), every other change by name, renames first, in the new model's order.
 */
public record SchemaDiff(SchemaModel from, SchemaModel to, Renames renames, SchemaModel renamed, List<Change> changes) {
    public SchemaDiff {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(renames, "renames");
        Objects.requireNonNull(renamed, "renamed");
        changes = Lists.copy(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes that lose data: applied only with an explicit flag. */
    public List<Change> destructive() {
        return changes.stream().filter(Change::destructive).toList();
    }
}
