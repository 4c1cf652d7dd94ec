package dev.schemawright.render.service.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.contracts.event.ArtifactRef;
import dev.schemawright.contracts.event.ArtifactsReadyEvent;
import dev.schemawright.contracts.tenant.ProjectRef;
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

    static ProjectRef project(String projectId) {
        return new ProjectRef("acme", projectId);
    }

    static List<Artifact> artifacts(String sql) {
        return List.of(Artifact.text("schema.sqlite.sql", "application/sql", sql),
                Artifact.text("design.md", "text/markdown; charset=utf-8", "# Design\n"),
                Artifact.text("manifest.json", "application/json", "{\"artifacts\":[]}\n"));
    }

    @Test
    void storesManifestLastAndDescribesEveryObject() {
        RunPublisher publisher = new RunPublisher(store);
        ArtifactsReadyEvent event = publisher.store(project("p-order"), RUN, artifacts("create table a (id integer);\n"));

        assertThat(event.artifacts()).extracting(ArtifactRef::name).containsExactly("schema.sqlite.sql", "design.md", "manifest.json");
        assertThat(store.get(ObjectKeys.artifact("acme", "p-order", RUN, "design.md")).orElseThrow().contentType())
                .isEqualTo("text/markdown; charset=utf-8");
        assertThat(publisher.latestRun(project("p-order"))).contains(RUN);
        assertThat(publisher.alreadyAnnounced(project("p-order"), RUN)).isFalse();
        publisher.markAnnounced(event);
        assertThat(publisher.alreadyAnnounced(project("p-order"), RUN)).isTrue();
        assertThat(store.list(ObjectKeys.runPrefix("acme", "p-order", RUN))).as("the marker lives outside the run folder").hasSize(3);
    }

    @Test
    void aRetryAfterACrashRewritesOnlyWhatChanged() {
        RunPublisher publisher = new RunPublisher(store);
        publisher.store(project("p-retry"), RUN, artifacts("create table a (id integer);\n"));
        List<ObjectInfo> before = store.list(ObjectKeys.runPrefix("acme", "p-retry", RUN));

        // not announced (the process died before the broker acknowledged): the redelivered model is stored again
        ArtifactsReadyEvent again = publisher.store(project("p-retry"), RUN, artifacts("create table a (id integer);\n"));
        assertThat(store.list(ObjectKeys.runPrefix("acme", "p-retry", RUN))).isEqualTo(before);
        assertThat(again.artifacts()).hasSize(3);

        // one artifact set per run: other bytes for the same run are refused, never written over the first set
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> publisher.store(project("p-retry"), RUN, artifacts("create table b (id integer);\n")))
                .isInstanceOf(RunPublisher.ConflictingArtifactException.class);
        assertThat(store.list(ObjectKeys.runPrefix("acme", "p-retry", RUN))).isEqualTo(before);
    }

    /** The service's publisher writes a run's artifacts at once on a pool: the same objects, the same event, the same refusals. */
    @Test
    void writingArtifactsAtOnceStoresTheSameSetAndStillRefusesOtherBytes() {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<Artifact> many = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                many.add(Artifact.text("part-" + i + ".sql", "application/sql", "create table t" + i + " (id integer);\n"));
            }
            many.add(Artifact.text("manifest.json", "application/json", "{\"artifacts\":[]}\n"));
            ArtifactsReadyEvent parallel = new RunPublisher(store, pool).store(project("p-pool"), RUN, many);
            ArtifactsReadyEvent sequential = new RunPublisher(store).store(project("p-seq"), RUN, many);

            assertThat(parallel.artifacts()).extracting(ArtifactRef::name)
                    .isEqualTo(sequential.artifacts().stream().map(ArtifactRef::name).toList()).endsWith("manifest.json");
            assertThat(parallel.artifacts()).extracting(ArtifactRef::sha256)
                    .isEqualTo(sequential.artifacts().stream().map(ArtifactRef::sha256).toList());
            assertThat(store.list(ObjectKeys.runPrefix("acme", "p-pool", RUN))).hasSize(9);

            List<Artifact> other = new java.util.ArrayList<>(many);
            other.set(3, Artifact.text("part-3.sql", "application/sql", "create table changed (id integer);\n"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RunPublisher(store, pool).store(project("p-pool"), RUN, other))
                    .isInstanceOf(RunPublisher.ConflictingArtifactException.class);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Two instances publish the same run at once (a rebalance mid-run): one artifact set, one pointer move. */
    @Test
    void racingPublishersLeaveExactlyOneArtifactSet() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<ArtifactsReadyEvent>> events = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                events.add(pool.submit(() -> new RunPublisher(store).store(project("p-race"), RUN, artifacts("create table r (id integer);\n"))));
            }
            for (var e : events) {
                assertThat(e.get().artifacts()).hasSize(3);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.list(ObjectKeys.runPrefix("acme", "p-race", RUN))).hasSize(3);
        assertThat(new RunPublisher(store).latestRun(project("p-race"))).contains(RUN);
        assertThat(new RunPublisher(store).latestRun(new ProjectRef("globex", "p-race"))).as("another tenant's project").isEmpty();
    }
}
