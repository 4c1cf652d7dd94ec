package dev.schemawright.versions;

import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.render.Artifact;
import dev.schemawright.versions.diff.Change;
import dev.schemawright.versions.diff.SchemaDiff;
import dev.schemawright.versions.diff.SchemaDiffer;
import dev.schemawright.versions.migrate.EffectiveTarget;
import dev.schemawright.versions.migrate.MigrationOptions;
import dev.schemawright.versions.migrate.Provenance;
import dev.schemawright.versions.migrate.postgres.PostgresMigration;
import dev.schemawright.versions.migrate.sqlite.SqliteMigration;
import dev.schemawright.versions.migrate.docs.MigrationDocRenderer;
import dev.schemawright.versions.migrate.prisma.PrismaMigrationFolder;
import java.util.List;
import java.util.Map;

/**
 * Entry point of schema versions: two models in (two runs of one project), their diff and the migration files out.
 * Pure Java, deterministic (the same two models give byte-identical files), thread-safe.
 */
public final class SchemaMigrator {
    public static final String POSTGRES = "migration.postgres.sql";
    public static final String SQLITE = "migration.sqlite.sql";
    public static final String DOC = "migration.md";
    /** The three files the service publishes with a run that has an earlier one, in this order. */
    public static final List<String> NAMES = List.of(POSTGRES, SQLITE, DOC);

    private final PostgresMigration postgres = new PostgresMigration();
    private final SqliteMigration sqlite = new SqliteMigration();
    private final MigrationDocRenderer doc = new MigrationDocRenderer();

    /** Plans the migration: the diff, and what it goes to once refused destructive changes are undone. */
    public Migration plan(SchemaModel from, SchemaModel to, MigrationOptions options) {
        SchemaDiff diff = new SchemaDiffer(options.detectRenames()).diff(from, to);
        List<Change> destructive = diff.destructive();
        if (options.allowDestructive() || destructive.isEmpty()) {
            return new Migration(from, to, diff, diff.to(), List.of());
        }
        return new Migration(from, to, diff, EffectiveTarget.of(diff), destructive);
    }

    public String postgres(Migration m) {
        return postgres.render(m.diff(), m.target(), m.refused(), new Provenance(m.diff().from(), m.diff().to()));
    }

    public String sqlite(Migration m) {
        return sqlite.render(m.diff(), m.target(), m.refused(), new Provenance(m.diff().from(), m.diff().to()), m.complete());
    }

    public String doc(Migration m) {
        return doc.render(m);
    }

    /** migration.postgres.sql, migration.sqlite.sql and migration.md. */
    public List<Artifact> render(Migration m) {
        return List.of(Artifact.text(POSTGRES, "application/sql; charset=utf-8", postgres(m)),
                Artifact.text(SQLITE, "application/sql; charset=utf-8", sqlite(m)),
                Artifact.text(DOC, "text/markdown; charset=utf-8", doc(m)));
    }

    /** The Prisma Migrate folder of the migration (relative path -> bytes), named with {@code timestamp} (yyyyMMddHHmmss). */
    public Map<String, byte[]> prismaFolder(Migration m, String timestamp) {
        return PrismaMigrationFolder.files(PrismaMigrationFolder.name(timestamp, MigrationDocRenderer.fingerprint(m.to())), postgres(m));
    }
}
