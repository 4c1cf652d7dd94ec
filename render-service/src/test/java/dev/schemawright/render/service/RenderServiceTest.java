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
import org.junit.jupiter.api.Test;

/** The service against a real KRaft broker and S3Proxy in the test JVM. */
@QuarkusTest
@WithTestResource(value = KafkaAndS3TestResource.class, scope = TestResourceScope.GLOBAL)
class RenderServiceTest {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final Random IDS = new Random(11);

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
    static final SchemaModel MODEL = readModel("/models/cards-model.json");

    static SchemaModel readModel(String resource) {
        try (InputStream in = RenderServiceTest.class.getResourceAsStream(resource)) {
            return JsonCodec.fromBytes(in.readAllBytes(), SchemaModel.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ModelReadyEvent modelEvent(String projectId, String runId) {
        return ModelReadyEvent.of(projectId, runId, "0.1.0", MODEL);
    }

    void publish(ModelReadyEvent event) {
        TopicReader.send(bootstrap, Topics.MODEL_READY, event.projectId(), JsonCodec.toBytes(event));
    }

    static boolean ofRun(ConsumerRecord<String, byte[]> r, String runId) {
        return new String(r.value(), StandardCharsets.UTF_8).contains("\"runId\":\"" + runId + "\"");
    }

    ArtifactsReadyEvent awaitAnnounced(String runId) {
        try (TopicReader ready = new TopicReader(bootstrap, Topics.ARTIFACTS_READY)) {
            ConsumerRecord<String, byte[]> record = ready.awaitFirst(r -> ofRun(r, runId), WAIT).orElseThrow();
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
        assertThat(ready.prefix()).isEqualTo(ObjectKeys.runPrefix("cards-1", runId));
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
        assertThat(store.get(ObjectKeys.latest("cards-1")).orElseThrow().text()).isEqualTo(runId);
    }

    @Test
    void publishingTheSameRunTwiceWritesNothingAndAnnouncesNothing() {
        String runId = newRunId();
        ModelReadyEvent event = modelEvent("cards-2", runId);
        publish(event);
        awaitAnnounced(runId);
        String prefix = ObjectKeys.runPrefix("cards-2", runId);
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
        assertThat(store.get(ObjectKeys.latest("cards-2")).orElseThrow().text()).isEqualTo(nextRun);
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
        assertThat(model).isEqualTo(store.get(ObjectKeys.artifact("cards-4", runId, "model.json")).orElseThrow().bytes());
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
    void serverSentEventsDeliverAnnouncementsPerProject() throws Exception {
        String runId = newRunId();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "v1/projects/cards-5/events/artifacts-ready"))
                .header("Accept", "text/event-stream").build();
        CompletableFuture<HttpResponse<Stream<String>>> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> stream = response.get(10, TimeUnit.SECONDS);
        assertThat(stream.statusCode()).isEqualTo(200);
        CompletableFuture<String> data = CompletableFuture.supplyAsync(() -> stream.body()
                .filter(line -> line.startsWith("data:") && line.contains(runId)).findFirst().orElseThrow());

        publish(modelEvent("cards-6", newRunId())); // another project: filtered out
        publish(modelEvent("cards-5", runId));

        String line = data.get(30, TimeUnit.SECONDS);
        ArtifactsReadyEvent event = JsonCodec.fromString(line.substring("data:".length()).strip(), ArtifactsReadyEvent.class);
        assertThat(event.projectId()).isEqualTo("cards-5");
        assertThat(event.runId()).isEqualTo(runId);
        assertThat(event.artifacts()).isNotEmpty();
        stream.body().close();
    }

    @Test
    void readinessCoversEveryChannelAndTheBucket() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("object-storage"))
                .body("checks.data.flatten().collect { it.keySet() }.flatten()",
                        hasItems(Channels.MODEL_READY, Channels.ARTIFACTS_READY, Channels.RUN_FAILED, Channels.ARTIFACTS_FEED));
    }

    @Test
    void openApiDescribesTheHttpApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItems("/v1/projects/{projectId}/runs/{runId}/artifacts",
                        "/v1/projects/{projectId}/runs/{runId}/artifacts/{name}", "/v1/events/artifacts-ready"));
    }
}
