package dev.schemawright.versions;

import dev.schemawright.contracts.Lists;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.versions.diff.Change;
import dev.schemawright.versions.diff.SchemaDiff;
import java.util.List;
import java.util.Objects;

/**
 * A migration between two versions of a schema: the two models as given (their model.json), the diff, the model it
 * actually goes to (the new one, or the new one with the refused destructive changes undone) and the refused changes;
 * the rendered files come from {@link SchemaMigrator}.
 */
public record Migration(SchemaModel from, SchemaModel to, SchemaDiff diff, SchemaModel target, List<Change> refused) {
    public Migration {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(target, "target");
        refused = Lists.copy(refused);
    }

    /** Whether the database ends exactly as the new schema script builds it (nothing was refused). */
    public boolean complete() {
        return refused.isEmpty();
    }
}
