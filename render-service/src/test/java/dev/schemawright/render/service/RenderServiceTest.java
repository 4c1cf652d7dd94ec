package dev.schemawright.render.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.contracts.event.ArtifactRef;
import dev.schemawright.contracts.event.ArtifactsReadyEvent;
import dev.schemawright.contracts.event.ModelReadyEvent;
import dev.schemawright.contracts.event.Topics;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.requirement.RunIds;
import dev.schemawright.contracts.tenant.RunRef;
import dev.schemawright.storage.keys.ApiKeyStore;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import dev.schemawright.platform.KafkaAndS3TestResource;
import dev.schemawright.platform.TopicReader;
import dev.schemawright.render.Artifact;
import dev.schemawright.render.ArtifactRenderer;
import dev.schemawright.storage.ObjectInfo;
import dev.schemawright.storage.ObjectStore;
import dev.schemawright.storage.StoredObject;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service against a real KRaft broker and S3Proxy in the test JVM. */
@QuarkusTest
@WithTestResource(value = KafkaAndS3TestResource.class, scope = TestResourceScope.GLOBAL)
public class RenderServiceTest {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final Random IDS = new Random(11);
    static final String TENANT = "acme";
    static String acmeKey;
    static String globexKey;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ObjectStore store;

    @TestHTTPResource("/")
    URL base;

    static String newRunId() {
        byte[] b = new byte[12];
        IDS.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** A fixed model (golden input, written by modeling-core once): render tests do not depend on modeling's behaviour. */
    public static final SchemaModel MODEL = readModel("/models/cards-model.json");

    static SchemaModel readModel(String resource) {
        try (InputStream in = RenderServiceTest.class.getResourceAsStream(resource)) {
            return JsonCodec.fromBytes(in.readAllBytes(), SchemaModel.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ModelReadyEvent modelEvent(String projectId, String runId) {
        return modelEvent(TENANT, projectId, runId);
    }

    static ModelReadyEvent modelEvent(String tenant, String projectId, String runId) {
        return ModelReadyEvent.of(new RunRef(tenant, projectId, runId, 1), "0.1.0", MODEL);
    }

    void publish(ModelReadyEvent event) {
        TopicReader.send(bootstrap, Topics.MODEL_READY, event.kafkaKey(), JsonCodec.toBytes(event));
    }

    /** Every request of these tests carries acme's key unless it says otherwise. */
    @BeforeEach
    void authenticate() {
        if (acmeKey == null) {
            ApiKeyStore keys = new ApiKeyStore(store);
            acmeKey = keys.create(TENANT, false, "render tests");
            globexKey = keys.create("globex", false, "render tests");
        }
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("Authorization", "Bearer " + acmeKey).build();
    }

    @AfterEach
    void forget() {
        RestAssured.requestSpecification = null;
    }

    static boolean ofRun(ConsumerRecord<String, byte[]> r, String runId) {
        return new String(r.value(), StandardCharsets.UTF_8).contains("\"runId\":\"" + runId + "\"");
    }

    ArtifactsReadyEvent awaitAnnounced(String runId) {
        try (TopicReader ready = new TopicReader(bootstrap, Topics.ARTIFACTS_READY)) {
            ConsumerRecord<String, byte[]> record = ready.awaitFirst(r -> ofRun(r, runId), WAIT).orElseThrow(() -> {
                // what the service's threads were doing, to tell a stuck consumer from a slow machine
                StringBuilder dump = new StringBuilder("no artifacts-ready for " + runId + "; threads:\n");
                Thread.getAllStackTraces().forEach((t, stack) -> {
                    if (t.getName().startsWith("executor-thread") || t.getName().contains("kafka-consumer")) {
                        dump.append(t.getName()).append('\n');
                        for (StackTraceElement e : stack) {
                            dump.append("    at ").append(e).append('\n');
                        }
                    }
                });
                return new AssertionError(dump.toString());
            });
            return JsonCodec.fromBytes(record.value(), ArtifactsReadyEvent.class);
        }
    }

    @Test
    void storesEveryArtifactWithItsContentTypeAndAnnouncesOnce() {
        String runId = newRunId();
        ModelReadyEvent event = modelEvent("cards-1", runId);
        publish(event);

        ArtifactsReadyEvent ready = awaitAnnounced(runId);
        List<Artifact> expected = new ArtifactRenderer().renderAll(event.model());
        assertThat(ready.prefix()).isEqualTo(ObjectKeys.runPrefix(TENANT, "cards-1", runId));
        assertThat(ready.artifacts()).extracting(ArtifactRef::name).containsExactlyElementsOf(expected.stream().map(Artifact::name).toList());
        assertThat(ready.artifacts().get(ready.artifacts().size() - 1).name()).isEqualTo("manifest.json");
        for (Artifact a : expected) {
            ArtifactRef ref = ready.artifacts().stream().filter(r -> r.name().equals(a.name())).findFirst().orElseThrow();
            StoredObject stored = store.get(ref.key()).orElseThrow();
            assertThat(stored.bytes()).as(a.name()).isEqualTo(a.content());
            assertThat(stored.contentType()).as(a.name()).isEqualTo(a.contentType()).isEqualTo(ref.contentType());
            assertThat(RunIds.sha256Hex(stored.bytes())).isEqualTo(ref.sha256());
            assertThat((long) stored.size()).isEqualTo(ref.size());
        }
        assertThat(store.get(ObjectKeys.latest(TENANT, "cards-1")).orElseThrow().text()).isEqualTo(runId);
    }

    @Test
    void aLaterRunOfAProjectAlsoPublishesTheMigrationFromTheEarlierOne() {
        String first = newRunId();
        publish(modelEvent("cards-v", first));
        assertThat(awaitAnnounced(first).artifacts()).extracting(ArtifactRef::name).doesNotContain("migration.md");

        String second = newRunId();
        SchemaModel next = dev.schemawright.render.service.publish.PreviousRunMigrationTest.next(MODEL);
        publish(ModelReadyEvent.of(new RunRef(TENANT, "cards-v", second, 1), "0.1.0", next));
        ArtifactsReadyEvent ready = awaitAnnounced(second);
        assertThat(ready.artifacts()).extracting(ArtifactRef::name).contains("migration.postgres.sql", "migration.sqlite.sql", "migration.md")
                .endsWith("manifest.json");
        ArtifactRef sql = ready.artifacts().stream().filter(r -> r.name().equals("migration.postgres.sql")).findFirst().orElseThrow();
        assertThat(sql.key()).isEqualTo(ObjectKeys.artifact(TENANT, "cards-v", second, "migration.postgres.sql"));
        assertThat(store.get(sql.key()).orElseThrow().text()).contains("ALTER TABLE cards ADD COLUMN hint text;");
    }

    @Test
    void publishingTheSameRunTwiceWritesNothingAndAnnouncesNothing() {
        String runId = newRunId();
        ModelReadyEvent event = modelEvent("cards-2", runId);
        publish(event);
        awaitAnnounced(runId);
        String prefix = ObjectKeys.runPrefix(TENANT, "cards-2", runId);
        List<ObjectInfo> before = store.list(prefix);
        assertThat(before).isNotEmpty();

        publish(event);
        // same key, same partition, processed in order: once the next run is announced, the repeat was handled
        String nextRun = newRunId();
        publish(modelEvent("cards-2", nextRun));
        awaitAnnounced(nextRun);

        assertThat(store.list(prefix)).as("same keys, etags and last-modified times").isEqualTo(before);
        try (TopicReader ready = new TopicReader(bootstrap, Topics.ARTIFACTS_READY)) {
            assertThat(ready.readFor(Duration.ofSeconds(2)).stream().filter(r -> ofRun(r, runId))).hasSize(1);
        }
        assertThat(store.get(ObjectKeys.latest(TENANT, "cards-2")).orElseThrow().text()).isEqualTo(nextRun);
    }

    @Test
    void poisonGoesToTheDeadLetterTopicWithAReasonAndConsumptionGoesOn() {
        String marker = "poison-" + newRunId();
        TopicReader.send(bootstrap, Topics.MODEL_READY, "cards-3", ("[" + marker).getBytes(StandardCharsets.UTF_8));
        String goodRun = newRunId();
        publish(modelEvent("cards-3", goodRun));

        try (TopicReader dlq = new TopicReader(bootstrap, Topics.deadLetter(Topics.MODEL_READY))) {
            ConsumerRecord<String, byte[]> dead = dlq.awaitFirst(
                    r -> new String(r.value(), StandardCharsets.UTF_8).contains(marker), WAIT).orElseThrow();
            assertThat(dead.key()).isEqualTo("cards-3");
            assertThat(TopicReader.header(dead, "dead-letter-reason")).contains("not a valid ModelReadyEvent");
        }
        assertThat(awaitAnnounced(goodRun).projectId()).isEqualTo("cards-3");
    }

    @Test
    void listsAndDownloadsArtifactsOverHttpWithProblemsForWhatIsMissing() {
        String runId = newRunId();
        publish(modelEvent("cards-4", runId));
        ArtifactsReadyEvent ready = awaitAnnounced(runId);
        String[] names = ready.artifacts().stream().map(ArtifactRef::name).toArray(String[]::new);

        given().get("/v1/projects/cards-4/runs/{runId}/artifacts", runId).then().statusCode(200)
                .body("runId", equalTo(runId))
                .body("artifacts.name", hasItems(names))
                .body("artifacts.find { it.name == 'model.json' }.sha256",
                        equalTo(ready.artifacts().stream().filter(a -> a.name().equals("model.json")).findFirst().orElseThrow().sha256()));
        byte[] model = given().get("/v1/projects/cards-4/runs/{runId}/artifacts/model.json", runId).then().statusCode(200)
                .contentType("application/json").extract().asByteArray();
        assertThat(model).isEqualTo(store.get(ObjectKeys.artifact(TENANT, "cards-4", runId, "model.json")).orElseThrow().bytes());
        given().get("/v1/projects/cards-4/runs/latest/artifacts").then().statusCode(200).body("runId", equalTo(runId));

        given().get("/v1/projects/cards-4/runs/{runId}/artifacts/nothing.txt", runId).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404)).body("code", equalTo("not-found"));
        given().get("/v1/projects/cards-4/runs/{runId}/artifacts", newRunId()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/v1/projects/-bad/runs/{runId}/artifacts", runId).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("invalid-project-id"));
        given().get("/v1/projects/cards-4/runs/NOT-A-RUN/artifacts").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("invalid-run-id"));
        given().get("/v1/no/such/path").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aProjectIsSeenOnlyWithAKeyOfItsTenant() {
        String runId = newRunId();
        publish(modelEvent("cards-7", runId));
        awaitAnnounced(runId);
        // the same project id in another tenant: a separate project, published separately
        String globexRun = newRunId();
        publish(modelEvent("globex", "cards-7", globexRun));
        awaitAnnounced(globexRun);

        RestAssured.requestSpecification = null;
        given().get("/v1/projects/cards-7/runs/{runId}/artifacts", runId).then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        given().header("Authorization", "Bearer sw_" + "x".repeat(43)).get("/v1/projects/cards-7/runs/latest/artifacts")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + globexKey).get("/v1/projects/cards-7/runs/{runId}/artifacts", runId)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + globexKey).get("/v1/projects/cards-7/runs/latest/artifacts")
                .then().statusCode(200).body("runId", equalTo(globexRun));
        given().header("Authorization", "Bearer " + acmeKey).get("/v1/projects/cards-7/runs/latest/artifacts")
                .then().statusCode(200).body("runId", equalTo(runId));
        assertThat(store.get(ObjectKeys.latest("globex", "cards-7")).orElseThrow().text()).isEqualTo(globexRun);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void serverSentEventsDeliverOnlyTheCallersTenantsAnnouncements() throws Exception {
        String runId = newRunId();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "v1/events/artifacts-ready"))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + acmeKey).build();
        CompletableFuture<HttpResponse<Stream<String>>> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> stream = response.get(10, TimeUnit.SECONDS);
        assertThat(stream.statusCode()).isEqualTo(200);
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<String> data = CompletableFuture.supplyAsync(() -> stream.body().peek(seen::add)
                .filter(line -> line.startsWith("data:") && line.contains(runId)).findFirst().orElseThrow());

        String otherTenantsRun = newRunId();
        publish(modelEvent("globex", "cards-5", otherTenantsRun)); // another tenant's project of the same name: never streamed
        publish(modelEvent("cards-5", runId));

        String line = data.get(30, TimeUnit.SECONDS);
        ArtifactsReadyEvent event = JsonCodec.fromString(line.substring("data:".length()).strip(), ArtifactsReadyEvent.class);
        assertThat(event.projectId()).isEqualTo("cards-5");
        assertThat(event.runId()).isEqualTo(runId);
        assertThat(event.artifacts()).isNotEmpty();
        assertThat(event.tenantId()).isEqualTo(TENANT);
        stream.body().close();
        assertThat(seen).as("events of another tenant").noneMatch(l -> l.contains("\"tenantId\":\"globex\""));
    }

    @Test
    void readinessCoversEveryChannelAndTheBucket() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("object-storage"))
                .body("checks.data.flatten().collect { it.keySet() }.flatten()",
                        // model-ready is consumed by two copies of its channel (concurrency=2), each its own consumer
                        hasItems(Channels.MODEL_READY + "$1", Channels.MODEL_READY + "$2", Channels.ARTIFACTS_READY, Channels.RUN_FAILED,
                                Channels.ARTIFACTS_FEED));
    }

    @Test
    void openApiDescribesTheHttpApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItems("/v1/projects/{projectId}/runs/{runId}/artifacts",
                        "/v1/projects/{projectId}/runs/{runId}/artifacts/{name}", "/v1/events/artifacts-ready"));
    }
}
