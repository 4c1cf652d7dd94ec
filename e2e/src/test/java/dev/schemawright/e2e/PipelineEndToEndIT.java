package dev.schemawright.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.contracts.event.ArtifactRef;
import dev.schemawright.contracts.event.ArtifactsReadyEvent;
import dev.schemawright.contracts.event.Topics;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.contracts.requirement.RunIds;
import dev.schemawright.contracts.tenant.ProjectRef;
import dev.schemawright.ingest.IngestResult;
import dev.schemawright.ingest.Ingestor;
import dev.schemawright.modeling.SchemaDesigner;
import dev.schemawright.platform.LaunchedService;
import dev.schemawright.platform.TopicReader;
import dev.schemawright.render.Artifact;
import dev.schemawright.render.ArtifactRenderer;
import dev.schemawright.storage.ObjectInfo;
import dev.schemawright.storage.StoredObject;
import dev.schemawright.versions.SchemaMigrator;
import dev.schemawright.versions.migrate.MigrationOptions;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole pipeline as users run it: documents uploaded over HTTP to ingest-service, requirement and model events
 * over a real KRaft broker, artifacts in a real S3Proxy, announced on Kafka.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndIT {
    static final Duration WAIT = Duration.ofSeconds(90);
    static final List<String> NINE = List.of("design.md", "db-plan.md", "schema.postgres.sql", "schema.sqlite.sql", "schema.prisma",
            "models.py", "erd.mmd", "model.json", "manifest.json");
    static final Path CORPUS = ServicePlatform.REPO.resolve("corpus/dev");

    static ServicePlatform platform;

    @BeforeAll
    static void start() {
        platform = ServicePlatform.shared();
        StringBuilder figures = new StringBuilder("services healthy (started together) in " + millis(platform.timeToAllHealthy) + " ms:");
        for (LaunchedService s : platform.services) {
            figures.append(" ").append(s.name()).append("=").append(millis(s.timeToReady())).append("ms");
        }
        Figures.record(figures.toString());
    }

    /** The corpus projects in name order; the tests use whichever come first, never a particular one. */
    static List<Path> projects() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    static List<Path> documents(Path project) throws IOException {
        try (Stream<Path> files = Files.list(project)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    static Response upload(String projectId, List<Path> files) {
        ServicePlatform platform = ServicePlatform.shared(); // other ITs call this before (or without) this class' @BeforeAll
        RequestSpecification request = given().baseUri(platform.ingestUrl()).header("Authorization", "Bearer " + platform.tenantKey);
        for (Path f : files) {
            request = request.multiPart("files", f.toFile(), "text/markdown");
        }
        return request.post("/v1/projects/{projectId}/runs", projectId);
    }

    static boolean ofRun(ConsumerRecord<String, byte[]> r, String runId) {
        return new String(r.value(), StandardCharsets.UTF_8).contains("\"runId\":\"" + runId + "\"");
    }

    static ArtifactsReadyEvent awaitArtifactsReady(String runId) {
        ServicePlatform platform = ServicePlatform.shared();
        try (TopicReader reader = new TopicReader(platform.bootstrap(), Topics.ARTIFACTS_READY)) {
            ConsumerRecord<String, byte[]> record = reader.awaitFirst(r -> ofRun(r, runId), WAIT)
                    .orElseThrow(() -> new AssertionError("no artifacts-ready event for run " + runId + " within " + WAIT.toSeconds()
                            + " s; service logs under " + platform.launcher.runDir().resolve("logs")));
            return JsonCodec.fromBytes(record.value(), ArtifactsReadyEvent.class);
        }
    }

    /** The in-process path: the same stage code, no Kafka, no JSON in between. */
    static Map<String, Artifact> inProcess(String projectId, List<Path> files) throws IOException {
        List<InputDocument> documents = new ArrayList<>();
        for (Path f : files) {
            documents.add(new InputDocument(f.getFileName().toString(), null, Files.readAllBytes(f)));
        }
        IngestResult ingested = new Ingestor().ingest(documents);
        assertThat(ingested.rejected()).as("ingest diagnostics %s", ingested.diagnostics()).isFalse();
        List<Artifact> artifacts = new ArtifactRenderer().renderAll(new SchemaDesigner().design(projectId, ingested.requirements()));
        return artifacts.stream().collect(Collectors.toMap(Artifact::name, Function.identity()));
    }

    static List<InputDocument> readAll(List<Path> files) throws IOException {
        List<InputDocument> documents = new ArrayList<>();
        for (Path f : files) {
            documents.add(new InputDocument(f.getFileName().toString(), null, Files.readAllBytes(f)));
        }
        return documents;
    }

    static String runIdInProcess(String projectId, List<Path> files) throws IOException {
        List<InputDocument> documents = new ArrayList<>();
        for (Path f : files) {
            documents.add(new InputDocument(f.getFileName().toString(), null, Files.readAllBytes(f)));
        }
        return RunIds.runId(new ProjectRef(ServicePlatform.TENANT, projectId), documents);
    }

    static Path firstProject() throws IOException {
        return projects().get(0);
    }

    @Test
    @Order(1)
    void anUploadIsPublishedAsNineArtifactsByteEqualToTheInProcessPath() throws IOException {
        Path project = firstProject();
        String projectId = project.getFileName().toString();
        List<Path> files = documents(project);

        Response response = upload(projectId, files);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(202);
        String runId = response.jsonPath().getString("runId");
        assertThat(response.header("Location")).isEqualTo("/v1/projects/" + projectId + "/runs/" + runId);
        assertThat(runId).as("another tenant's same project is another run").isNotEqualTo(
                RunIds.runId(new ProjectRef(ServicePlatform.OTHER_TENANT, projectId), PipelineEndToEndIT.readAll(files)));
        assertThat(runId).isEqualTo(runIdInProcess(projectId, files));

        ArtifactsReadyEvent event = awaitArtifactsReady(runId);
        assertThat(event.projectId()).isEqualTo(projectId);
        assertThat(event.prefix()).isEqualTo(ObjectKeys.runPrefix(ServicePlatform.TENANT, projectId, runId));
        assertThat(event.tenantId()).isEqualTo(ServicePlatform.TENANT);
        Map<String, Artifact> expected = inProcess(projectId, files);
        assertThat(event.artifacts()).extracting(ArtifactRef::name).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (ArtifactRef ref : event.artifacts()) {
            assertThat(ref.key()).isEqualTo(ObjectKeys.artifact(ServicePlatform.TENANT, projectId, runId, ref.name()));
            StoredObject stored = platform.store.get(ref.key()).orElseThrow(() -> new AssertionError("missing object " + ref.key()));
            assertThat(RunIds.sha256Hex(stored.bytes())).as("sha256 of %s", ref.name()).isEqualTo(ref.sha256());
            assertThat((long) stored.size()).isEqualTo(ref.size());
            assertThat(stored.contentType()).isEqualTo(ref.contentType());
            Artifact local = expected.get(ref.name());
            assertThat(stored.text()).as("%s: service path vs in-process path", ref.name()).isEqualTo(local.text());
            assertThat(stored.bytes()).as("%s bytes", ref.name()).isEqualTo(local.content());
            assertThat(stored.contentType()).isEqualTo(local.contentType());
        }
        assertThat(platform.store.get(ObjectKeys.latest(ServicePlatform.TENANT, projectId)).orElseThrow().text()).isEqualTo(runId);

        // the same bytes over render-service's HTTP API
        byte[] viaHttp = given().baseUri(platform.renderUrl()).header("Authorization", "Bearer " + platform.tenantKey).get("/v1/projects/{p}/runs/{r}/artifacts/schema.postgres.sql", projectId, runId)
                .then().statusCode(200).extract().asByteArray();
        assertThat(viaHttp).isEqualTo(expected.get("schema.postgres.sql").content());

        assertThat(event.artifacts()).as("the nine artifacts of a run").extracting(ArtifactRef::name).containsExactlyInAnyOrderElementsOf(NINE);
    }

    @Test
    @Order(2)
    void reUploadingTheSameFilesIsTheSameRunWithNothingRewrittenOrAnnounced() throws IOException {
        Path project = firstProject();
        String projectId = project.getFileName().toString();
        List<Path> files = documents(project);
        String runId = runIdInProcess(projectId, files);
        awaitArtifactsReady(runId); // published by the first test (or now, if run alone)
        List<ObjectInfo> before = platform.store.list(ObjectKeys.runPrefix(ServicePlatform.TENANT, projectId, runId));

        Response again = upload(projectId, files);
        assertThat(again.statusCode()).as(again.asString()).isIn(200, 202);
        assertThat(again.jsonPath().getString("runId")).isEqualTo(runId);

        try (TopicReader reader = new TopicReader(platform.bootstrap(), Topics.ARTIFACTS_READY)) {
            assertThat(reader.readFor(Duration.ofSeconds(8)).stream().filter(r -> ofRun(r, runId))).as("artifacts-ready events").hasSize(1);
        }
        try (TopicReader reader = new TopicReader(platform.bootstrap(), Topics.MODEL_READY)) {
            assertThat(reader.readFor(Duration.ofSeconds(1)).stream().filter(r -> ofRun(r, runId))).as("model-ready events").hasSize(1);
        }
        assertThat(platform.store.list(ObjectKeys.runPrefix(ServicePlatform.TENANT, projectId, runId))).as("keys, etags, last-modified").isEqualTo(before);
    }

    @Test
    @Order(3)
    void poisonRecordsLandOnTheDeadLetterTopicsAndThePipelineKeepsFlowing() throws IOException {
        String marker = "poison-" + System.nanoTime();
        TopicReader.send(platform.bootstrap(), Topics.REQUIREMENT, "poisoned", ("{\"type\":\"" + marker).getBytes(StandardCharsets.UTF_8));
        TopicReader.send(platform.bootstrap(), Topics.MODEL_READY, "poisoned", ("{\"model\":\"" + marker + "\"}").getBytes(StandardCharsets.UTF_8));

        for (String topic : List.of(Topics.REQUIREMENT, Topics.MODEL_READY)) {
            try (TopicReader dlq = new TopicReader(platform.bootstrap(), Topics.deadLetter(topic))) {
                ConsumerRecord<String, byte[]> dead = dlq.awaitFirst(r -> new String(r.value(), StandardCharsets.UTF_8).contains(marker), WAIT)
                        .orElseThrow(() -> new AssertionError("nothing on " + Topics.deadLetter(topic)));
                assertThat(dead.key()).isEqualTo("poisoned");
                assertThat(TopicReader.header(dead, "dead-letter-reason")).as(topic).startsWith("not a valid");
            }
        }

        Path project = projects().get(1);
        Response response = upload(project.getFileName().toString(), documents(project));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(202);
        assertThat(awaitArtifactsReady(response.jsonPath().getString("runId")).artifacts()).extracting(ArtifactRef::name).contains("manifest.json");
    }

    /** The README's example through the services: the second design of a project is published with the migration from the first. */
    @Test
    @Order(4)
    void aSecondDesignOfAProjectIsPublishedWithTheMigrationFromTheFirst() throws IOException {
        Path cards = ServicePlatform.REPO.resolve("corpus/versions/study-cards");
        List<Path> v1 = documents(cards.resolve("v1"));
        List<Path> v2 = documents(cards.resolve("v2"));
        Response first = upload("study-cards", v1);
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(202);
        assertThat(awaitArtifactsReady(first.jsonPath().getString("runId")).artifacts()).extracting(ArtifactRef::name)
                .containsExactlyInAnyOrderElementsOf(NINE);
        Response second = upload("study-cards", v2);
        assertThat(second.statusCode()).as(second.asString()).isEqualTo(202);
        String runId = second.jsonPath().getString("runId");
        ArtifactsReadyEvent event = awaitArtifactsReady(runId);
        assertThat(event.artifacts()).extracting(ArtifactRef::name).containsAll(NINE).contains("migration.postgres.sql", "migration.sqlite.sql", "migration.md");

        SchemaModel before = JsonCodec.fromBytes(inProcess("study-cards", v1).get("model.json").content(), SchemaModel.class);
        SchemaModel after = JsonCodec.fromBytes(inProcess("study-cards", v2).get("model.json").content(), SchemaModel.class);
        SchemaMigrator migrator = new SchemaMigrator();
        for (Artifact expected : migrator.render(migrator.plan(before, after, MigrationOptions.defaults()))) {
            StoredObject stored = platform.store.get(ObjectKeys.artifact(ServicePlatform.TENANT, "study-cards", runId, expected.name())).orElseThrow();
            assertThat(stored.bytes()).as("%s: service path vs in-process diff", expected.name()).isEqualTo(expected.content());
        }
    }

    @Test
    @Order(5)
    void latencyFromUploadToArtifactsReady() throws IOException {
        List<Path> files = documents(firstProject());
        List<Long> millis = new ArrayList<>();
        try (TopicReader reader = new TopicReader(platform.bootstrap(), Topics.ARTIFACTS_READY)) {
            for (int i = 1; i <= 7; i++) {
                String projectId = "latency-" + i; // a new project id is a new run of the same documents
                long start = System.nanoTime();
                Response response = upload(projectId, files);
                assertThat(response.statusCode()).as(response.asString()).isEqualTo(202);
                String runId = response.jsonPath().getString("runId");
                assertThat(reader.awaitFirst(r -> ofRun(r, runId), WAIT)).isPresent();
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        Figures.record("upload -> artifacts-ready for " + firstProject().getFileName() + " (" + files.size() + " documents), 7 runs: median "
                + sorted.get(sorted.size() / 2) + " ms, all " + millis + " ms (first run includes JIT warm-up)");
    }

    private static long millis(Duration d) {
        return d.toMillis();
    }
}
