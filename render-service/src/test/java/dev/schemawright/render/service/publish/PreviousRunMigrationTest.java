package dev.schemawright.render.service.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.tenant.ProjectRef;
import dev.schemawright.platform.LocalS3;
import dev.schemawright.render.Artifact;
import dev.schemawright.render.ArtifactRenderer;
import dev.schemawright.render.service.RenderServiceTest;
import dev.schemawright.storage.ObjectStore;
import dev.schemawright.storage.StorageConfig;
import dev.schemawright.versions.SchemaMigrator;
import dev.schemawright.versions.migrate.MigrationOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plain JUnit against a real S3Proxy: which runs get a migration, and from which earlier run. */
public class PreviousRunMigrationTest {
    static final String RUN_1 = "aaaaaaaaaaaaaaaaaaaaaaa1";
    static final String RUN_2 = "aaaaaaaaaaaaaaaaaaaaaaa2";
    static LocalS3 s3;
    static ObjectStore store;

    @BeforeAll
    static void start() {
        s3 = LocalS3.startTransient();
        store = new ObjectStore(StorageConfig.defaults().withEndpoint(s3.endpoint()));
    }

    @AfterAll
    static void stop() {
        store.close();
        s3.close();
    }

    static ProjectRef project(String projectId) {
        return new ProjectRef("acme", projectId);
    }

    /** The next design of the fixed model: cards gain a nullable hint. */
    public static SchemaModel next(SchemaModel m) {
        return m.withTables(m.tables().stream().map(t -> {
            if (!t.name().equals("cards")) {
                return t;
            }
            List<Column> cols = new ArrayList<>(t.columns());
            cols.add(Column.of("hint", ColumnType.of(TypeKind.TEXT), true));
            return t.withColumns(cols);
        }).toList());
    }

    @Test
    void aProjectsFirstRunHasNoMigrationAndItsNextRunHasTheMigrationFromIt() {
        PreviousRunMigration migrations = new PreviousRunMigration(store);
        RunPublisher publisher = new RunPublisher(store);
        SchemaModel first = RenderServiceTest.MODEL;
        List<Artifact> firstArtifacts = new ArtifactRenderer().renderAll(first);
        assertThat(migrations.withMigration(project("m-next"), RUN_1, first, firstArtifacts)).isSameAs(firstArtifacts);
        publisher.store(project("m-next"), RUN_1, firstArtifacts);

        SchemaModel second = next(first);
        List<Artifact> secondArtifacts = migrations.withMigration(project("m-next"), RUN_2, second, new ArtifactRenderer().renderAll(second));
        assertThat(secondArtifacts).extracting(Artifact::name).containsExactly("design.md", "db-plan.md", "schema.postgres.sql", "schema.sqlite.sql",
                "schema.prisma", "models.py", "erd.mmd", "model.json", "migration.postgres.sql", "migration.sqlite.sql", "migration.md", "manifest.json");
        SchemaMigrator migrator = new SchemaMigrator();
        List<Artifact> expected = migrator.render(migrator.plan(first, second, MigrationOptions.defaults()));
        assertThat(secondArtifacts.subList(8, 11)).isEqualTo(expected);
        assertThat(expected.get(0).text()).contains("ALTER TABLE cards ADD COLUMN hint text;");
    }

    @Test
    void aRedeliveredRunReusesTheMigrationItsFirstAttemptStored() {
        PreviousRunMigration migrations = new PreviousRunMigration(store);
        RunPublisher publisher = new RunPublisher(store);
        SchemaModel first = RenderServiceTest.MODEL;
        publisher.store(project("m-redo"), RUN_1, new ArtifactRenderer().renderAll(first));
        SchemaModel second = next(first);
        List<Artifact> attempt = migrations.withMigration(project("m-redo"), RUN_2, second, new ArtifactRenderer().renderAll(second));
        publisher.store(project("m-redo"), RUN_2, attempt);  // the pointer now names run 2, as after a crash before the announcement

        assertThat(migrations.withMigration(project("m-redo"), RUN_2, second, new ArtifactRenderer().renderAll(second))).isEqualTo(attempt);
    }

    @Test
    void aBrokenEarlierRunGivesNoMigrationAndDoesNotStopThisOne() {
        PreviousRunMigration migrations = new PreviousRunMigration(store);
        store.put(ObjectKeys.artifact("acme", "m-broken", RUN_1, "model.json"), "{\"projectId\": ".getBytes(StandardCharsets.UTF_8), "application/json");
        store.put(ObjectKeys.latest("acme", "m-broken"), RUN_1.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
        assertThat(migrations.migration(project("m-broken"), RUN_2, RenderServiceTest.MODEL)).isEmpty();

        store.put(ObjectKeys.latest("acme", "m-gone"), RUN_1.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
        assertThat(migrations.migration(project("m-gone"), RUN_2, RenderServiceTest.MODEL)).isEmpty();
    }
}
