package dev.schemawright.render.service.publish;

import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.tenant.ProjectRef;
import dev.schemawright.render.Artifact;
import dev.schemawright.storage.ObjectStore;
import dev.schemawright.storage.StoredObject;
import dev.schemawright.versions.Migration;
import dev.schemawright.versions.SchemaMigrator;
import dev.schemawright.versions.migrate.MigrationOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A run of a project that already has a published run (its {@code latest} pointer) also publishes the migration from
 * that run: migration.postgres.sql, migration.sqlite.sql and migration.md, rendered from the earlier run's model.json
 * and this run's model with destructive changes refused (the CLI's {@code diff --allow-destructive} makes the other
 * kind). A project's first run has none, so it stays byte-identical to {@code ./schemawright design}. Plain Java over
 * {@link ObjectStore}; keys come from {@link ObjectKeys} only.
 */
public final class PreviousRunMigration {
    private static final Logger LOG = Logger.getLogger(PreviousRunMigration.class);
    private static final String MODEL = "model.json";

    private final ObjectStore store;
    private final SchemaMigrator migrator = new SchemaMigrator();

    public PreviousRunMigration(ObjectStore store) {
        this.store = store;
    }

    /** {@code artifacts} with the migration files added before manifest.json, or as they are when there is no earlier run. */
    public List<Artifact> withMigration(ProjectRef project, String runId, SchemaModel model, List<Artifact> artifacts) {
        List<Artifact> migration = migration(project, runId, model);
        if (migration.isEmpty()) {
            return artifacts;
        }
        List<Artifact> out = new ArrayList<>(artifacts);
        int manifest = out.size() - 1;
        out.addAll(manifest >= 0 && out.get(manifest).name().equals(RunPublisher.MANIFEST) ? manifest : out.size(), migration);
        return List.copyOf(out);
    }

    /** The migration files for this run, or none. A broken earlier run never stops this one from being published. */
    public List<Artifact> migration(ProjectRef project, String runId, SchemaModel model) {
        Optional<String> latest = store.get(ObjectKeys.latest(project.tenantId(), project.projectId()))
                .map(o -> o.text().strip()).filter(Ids::isRunId);
        if (latest.isEmpty()) {
            return List.of();
        }
        if (latest.get().equals(runId)) {
            // redelivered after the pointer moved: what the first attempt stored (it wrote them before the pointer) is the answer
            return stored(project, runId);
        }
        Optional<StoredObject> previous = store.get(ObjectKeys.artifact(project.tenantId(), project.projectId(), latest.get(), MODEL));
        if (previous.isEmpty()) {
            LOG.warnf("run %s of %s: the latest run %s has no %s, so no migration is published", runId, project, latest.get(), MODEL);
            return List.of();
        }
        try {
            SchemaModel before = JsonCodec.fromBytes(previous.get().bytes(), SchemaModel.class);
            Migration m = migrator.plan(before, model, MigrationOptions.defaults());
            return migrator.render(m);
        } catch (RuntimeException e) {
            LOG.warnf(e, "run %s of %s: no migration from run %s (%s)", runId, project, latest.get(), e.getMessage());
            return List.of();
        }
    }

    private List<Artifact> stored(ProjectRef project, String runId) {
        List<Artifact> out = new ArrayList<>();
        for (String name : SchemaMigrator.NAMES) {
            Optional<StoredObject> o = store.get(ObjectKeys.artifact(project.tenantId(), project.projectId(), runId, name));
            if (o.isEmpty()) {
                return List.of();
            }
            out.add(new Artifact(name, o.get().contentType(), o.get().bytes()));
        }
        return out;
    }
}
