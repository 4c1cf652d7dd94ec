package dev.schemawright.conformance.versions;

import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.render.postgres.PostgresRenderer;
import dev.schemawright.render.sqlite.SqliteRenderer;
import dev.schemawright.versions.Migration;
import dev.schemawright.versions.SchemaMigrator;
import java.util.Map;

/**
 * The property every migration must have: a database built by the old schema script, then migrated, holds exactly
 * what the new schema script builds in an empty database — or, when destructive changes were refused, exactly what
 * the effective target (the new model with them undone) builds.
 */
final class MigrationCheck {
    private static final SchemaMigrator MIGRATOR = new SchemaMigrator();
    private static final PostgresRenderer POSTGRES = new PostgresRenderer();
    private static final SqliteRenderer SQLITE = new SqliteRenderer();

    private MigrationCheck() {
    }

    static void postgres(String label, Migration m) {
        SchemaModel from = m.diff().from();
        String migration = MIGRATOR.postgres(m);
        Map<String, String> migrated;
        Map<String, String> fresh;
        try (PostgresDatabase db = PostgresDatabase.create()) {
            db.run(POSTGRES.render(from), label + ": the old schema.postgres.sql");
            db.run(migration, label + ": migration.postgres.sql\n" + migration);
            migrated = PostgresCatalog.read(db.connection());
        }
        try (PostgresDatabase db = PostgresDatabase.create()) {
            db.run(POSTGRES.render(m.target()), label + ": the new schema.postgres.sql");
            fresh = PostgresCatalog.read(db.connection());
        }
        if (!migrated.equals(fresh)) {
            throw new AssertionError(label + ": the migrated database differs from the new schema built fresh\n"
                    + CatalogDifference.of(migrated, fresh) + "--- migration.postgres.sql\n" + migration);
        }
    }

    static void sqlite(String label, Migration m) {
        String migration = MIGRATOR.sqlite(m);
        Map<String, String> migrated;
        Map<String, String> fresh;
        try (SqliteDatabase db = new SqliteDatabase()) {
            db.run(SQLITE.render(m.diff().from()), label + ": the old schema.sqlite.sql");
            db.run(migration, label + ": migration.sqlite.sql\n" + migration);
            migrated = SqliteCatalog.read(db.connection());
        }
        try (SqliteDatabase db = new SqliteDatabase()) {
            db.run(SQLITE.render(m.target()), label + ": the new schema.sqlite.sql");
            fresh = SqliteCatalog.read(db.connection());
        }
        if (!migrated.equals(fresh)) {
            throw new AssertionError(label + ": the migrated SQLite database differs from the new schema built fresh\n"
                    + CatalogDifference.of(migrated, fresh) + "--- migration.sqlite.sql\n" + migration);
        }
    }
}
