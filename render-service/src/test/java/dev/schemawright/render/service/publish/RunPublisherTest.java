package dev.schemawright.render.service.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.contracts.event.ArtifactRef;
import dev.schemawright.contracts.event.ArtifactsReadyEvent;
import dev.schemawright.platform.LocalS3;
import dev.schemawright.render.Artifact;
import dev.schemawright.storage.ObjectInfo;
import dev.schemawright.storage.ObjectStore;
import dev.schemawright.storage.StorageConfig;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plain JUnit against a real S3Proxy: the storage side of idempotent publishing, without Kafka or Quarkus. */
class RunPublisherTest {
    static final String RUN = "00112233445566778899aabb";
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

    static List<Artifact> artifacts(String sql) {
        return List.of(Artifact.text("schema.sqlite.sql", "application/sql", sql),
                Artifact.text("design.md", "text/markdown; charset=utf-8", "# Design\n"),
                Artifact.text("manifest.json", "application/json", "{\"artifacts\":[]}\n"));
    }

    @Test
    void storesManifestLastAndDescribesEveryObject() {
        RunPublisher publisher = new RunPublisher(store);
        ArtifactsReadyEvent event = publisher.store("p-order", RUN, artifacts("create table a (id integer);\n"));

        assertThat(event.artifacts()).extracting(ArtifactRef::name).containsExactly("schema.sqlite.sql", "design.md", "manifest.json");
        assertThat(store.get(ObjectKeys.artifact("p-order", RUN, "design.md")).orElseThrow().contentType())
                .isEqualTo("text/markdown; charset=utf-8");
        assertThat(publisher.latestRun("p-order")).contains(RUN);
        assertThat(publisher.alreadyAnnounced("p-order", RUN)).isFalse();
        publisher.markAnnounced(event);
        assertThat(publisher.alreadyAnnounced("p-order", RUN)).isTrue();
        assertThat(store.list(ObjectKeys.runPrefix("p-order", RUN))).as("the marker lives outside the run folder").hasSize(3);
    }

    @Test
    void aRetryAfterACrashRewritesOnlyWhatChanged() {
        RunPublisher publisher = new RunPublisher(store);
        publisher.store("p-retry", RUN, artifacts("create table a (id integer);\n"));
        List<ObjectInfo> before = store.list(ObjectKeys.runPrefix("p-retry", RUN));

        // not announced (the process died before the broker acknowledged): the redelivered model is stored again
        ArtifactsReadyEvent again = publisher.store("p-retry", RUN, artifacts("create table a (id integer);\n"));
        assertThat(store.list(ObjectKeys.runPrefix("p-retry", RUN))).isEqualTo(before);
        assertThat(again.artifacts()).hasSize(3);

        publisher.store("p-retry", RUN, artifacts("create table b (id integer);\n"));
        List<ObjectInfo> after = store.list(ObjectKeys.runPrefix("p-retry", RUN));
        assertThat(after.stream().filter(o -> o.key().endsWith("schema.sqlite.sql")).findFirst().orElseThrow().etag())
                .isNotEqualTo(before.stream().filter(o -> o.key().endsWith("schema.sqlite.sql")).findFirst().orElseThrow().etag());
        assertThat(after.stream().filter(o -> o.key().endsWith("design.md")).findFirst().orElseThrow())
                .isEqualTo(before.stream().filter(o -> o.key().endsWith("design.md")).findFirst().orElseThrow());
    }
}
