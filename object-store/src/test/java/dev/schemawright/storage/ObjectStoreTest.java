package dev.schemawright.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.platform.LocalS3;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real S3Proxy in this JVM. */
class ObjectStoreTest {
    static LocalS3 s3;
    static ObjectStore store;

    @BeforeAll
    static void start() {
        s3 = LocalS3.startTransient();
        store = new ObjectStore(StorageConfig.defaults().withEndpoint(s3.endpoint()));
        store.ensureBucket();
    }

    @AfterAll
    static void stop() {
        store.close();
        s3.close();
    }

    @Test
    void putThenGetKeepsBytesAndContentType() {
        byte[] sql = "create table t (id int);\n".getBytes(StandardCharsets.UTF_8);
        store.put("projects/p1/runs/a/schema.postgres.sql", sql, "application/sql; charset=utf-8");

        StoredObject got = store.get("projects/p1/runs/a/schema.postgres.sql").orElseThrow();
        assertThat(got.bytes()).isEqualTo(sql);
        assertThat(got.contentType()).isEqualTo("application/sql; charset=utf-8");
        assertThat(store.exists("projects/p1/runs/a/schema.postgres.sql")).isTrue();
    }

    @Test
    void contentTypesComeBackExactlyAsWritten() {
        // Jetty (inside S3Proxy) canonicalizes this one to "text/plain;charset=utf-8" on the wire
        store.put("projects/p1/runs/a/latest", "x".getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
        assertThat(store.get("projects/p1/runs/a/latest").orElseThrow().contentType()).isEqualTo("text/plain; charset=utf-8");
    }

    @Test
    void anEtagTellsWhetherAnObjectHoldsGivenBytes() {
        byte[] bytes = "same bytes".getBytes(StandardCharsets.UTF_8);
        store.put("projects/p5/runs/c/a.txt", bytes, "text/plain");
        ObjectInfo listed = store.list("projects/p5/").get(0);
        assertThat(ObjectStore.holds(listed, bytes)).isTrue();
        assertThat(ObjectStore.holds(listed, "other bytes".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(ObjectStore.holds(null, bytes)).isFalse();
    }

    @Test
    void missingKeysAreEmptyNotErrors() {
        assertThat(store.get("projects/none/nothing")).isEmpty();
        assertThat(store.head("projects/none/nothing")).isEmpty();
        assertThat(store.exists("projects/none/nothing")).isFalse();
    }

    @Test
    void listReturnsOnlyThePrefixInKeyOrderAcrossPages() {
        for (int i = 0; i < 1005; i++) { // S3 pages at 1000 keys
            store.put(String.format("projects/many/runs/r/%04d.txt", i), new byte[] {(byte) i}, "text/plain");
        }
        store.put("projects/many-other/x.txt", new byte[] {1}, "text/plain");

        List<ObjectInfo> listed = store.list("projects/many/");
        assertThat(listed).hasSize(1005);
        assertThat(listed.get(0).key()).isEqualTo("projects/many/runs/r/0000.txt");
        assertThat(listed.get(1004).key()).isEqualTo("projects/many/runs/r/1004.txt");
        assertThat(listed.get(7).size()).isEqualTo(1);
    }

    @Test
    void putIfChangedWritesNothingForIdenticalBytes() {
        String key = "projects/p2/runs/b/model.json";
        byte[] v1 = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        assertThat(store.putIfChanged(key, v1, "application/json")).isEqualTo(WriteOutcome.CREATED);
        ObjectInfo first = store.head(key).orElseThrow();

        assertThat(store.putIfChanged(key, v1, "application/json")).isEqualTo(WriteOutcome.UNCHANGED);
        assertThat(store.head(key).orElseThrow()).isEqualTo(first); // same etag and last-modified: not rewritten

        assertThat(store.putIfChanged(key, "{\"a\":2}".getBytes(StandardCharsets.UTF_8), "application/json"))
                .isEqualTo(WriteOutcome.REPLACED);
        assertThat(store.putIfChanged(key, "{\"a\":2}".getBytes(StandardCharsets.UTF_8), "text/plain"))
                .as("a different content type is a change").isEqualTo(WriteOutcome.REPLACED);
    }

    @Test
    void putIfAbsentNeverOverwrites() {
        String key = "projects/p3/latest";
        assertThat(store.putIfAbsent(key, "one".getBytes(StandardCharsets.UTF_8), "text/plain")).isEqualTo(WriteOutcome.CREATED);
        assertThat(store.putIfAbsent(key, "two".getBytes(StandardCharsets.UTF_8), "text/plain")).isEqualTo(WriteOutcome.KEPT_EXISTING);
        assertThat(store.putIfAbsent(key, "one".getBytes(StandardCharsets.UTF_8), "text/plain"))
                .as("the same bytes again").isEqualTo(WriteOutcome.UNCHANGED);
        assertThat(store.get(key).orElseThrow().text()).isEqualTo("one");
    }

    /** Many writers race for one key: the server's If-None-Match lets exactly one of them create it. */
    @Test
    void ofRacingCreatorsExactlyOneWins() throws Exception {
        String key = "projects/p5/race";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<WriteOutcome>> outcomes = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                byte[] bytes = ("writer " + i).getBytes(StandardCharsets.UTF_8);
                outcomes.add(pool.submit(() -> store.putIfAbsent(key, bytes, "text/plain")));
            }
            long created = 0;
            for (var f : outcomes) {
                created += f.get() == WriteOutcome.CREATED ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void replaceIfUnchangedIsACompareAndSet() {
        String key = "projects/p4/latest";
        assertThat(store.replaceIfUnchanged(key, null, "run-1".getBytes(StandardCharsets.UTF_8), "text/plain")).isTrue();
        assertThat(store.replaceIfUnchanged(key, null, "run-x".getBytes(StandardCharsets.UTF_8), "text/plain"))
                .as("created already").isFalse();
        ObjectStore.Versioned first = store.getVersioned(key).orElseThrow();
        assertThat(store.replaceIfUnchanged(key, first.etag(), "run-2".getBytes(StandardCharsets.UTF_8), "text/plain")).isTrue();
        assertThat(store.replaceIfUnchanged(key, first.etag(), "run-3".getBytes(StandardCharsets.UTF_8), "text/plain"))
                .as("someone moved it since the read").isFalse();
        assertThat(store.get(key).orElseThrow().text()).isEqualTo("run-2");
    }

    @Test
    void apiKeysAreStoredOnlyAsTheirHash() {
        dev.schemawright.storage.keys.ApiKeyStore keys = new dev.schemawright.storage.keys.ApiKeyStore(store);
        String key = keys.create("acme", true, "ops");
        var record = keys.find(key).orElseThrow();
        assertThat(record.tenantId()).isEqualTo("acme");
        assertThat(record.admin()).isTrue();
        assertThat(keys.find(key.substring(0, key.length() - 1) + (key.endsWith("A") ? "B" : "A"))).isEmpty();
        assertThat(keys.find("not-a-key")).isEmpty();
        assertThat(store.list("").stream().map(ObjectInfo::key)).noneMatch(k -> k.contains(key.substring(3)));
        assertThat(store.list(dev.schemawright.contracts.ObjectKeys.API_KEYS_PREFIX).stream()
                .map(o -> new String(store.get(o.key()).orElseThrow().bytes(), StandardCharsets.UTF_8)))
                .noneMatch(json -> json.contains(key));
        assertThat(keys.revoke(key)).isTrue();
        assertThat(keys.find(key)).isEmpty();
    }

    @Test
    void ensureBucketCreatesAMissingBucketAndIsRepeatable() {
        try (ObjectStore other = new ObjectStore(StorageConfig.defaults().withEndpoint(s3.endpoint()).withBucket("second-bucket"))) {
            other.ensureBucket();
            other.ensureBucket();
            other.put("k", new byte[] {1, 2}, null);
            assertThat(other.get("k").orElseThrow().contentType()).isEqualTo("application/octet-stream");
        }
    }

    @Test
    void configNeverPrintsTheSecret() {
        assertThat(StorageConfig.defaults().toString()).doesNotContain(StorageConfig.DEFAULT_SECRET_KEY).contains("127.0.0.1:9000");
    }
}
