package dev.schemawright.versions.migrate;

/**
 * How to migrate. {@code allowDestructive}: drops, narrowing type changes and removed enum values are applied (they
 * lose data); otherwise they are refused, kept as comments, and the migration goes to the new model with those
 * elements kept. {@code detectRenames}: propose renames backed by evidence; otherwise every rename is a drop and an
 * add.
 */
public record MigrationOptions(boolean allowDestructive, boolean detectRenames) {
    /** What the service publishes and the CLI does without flags: renames proposed, destructive steps refused. */
    public static MigrationOptions defaults() {
        return new MigrationOptions(false, true);
    }

    public MigrationOptions withAllowDestructive(boolean v) {
        return new MigrationOptions(v, detectRenames);
    }
}
