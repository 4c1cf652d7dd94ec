package dev.schemawright.ingestservice.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.contracts.event.ArtifactRef;
import dev.schemawright.contracts.event.ArtifactsReadyEvent;
import dev.schemawright.contracts.event.RequirementEvent;
import dev.schemawright.contracts.event.RunFailedEvent;
import dev.schemawright.contracts.event.Topics;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.contracts.requirement.RunIds;
import dev.schemawright.ingestservice.store.RunRecord;
import dev.schemawright.platform.KafkaAndS3TestResource;
import dev.schemawright.platform.TopicReader;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The upload and status edges over real HTTP, a real Kafka broker and a real S3 server. */
@QuarkusTest
@WithTestResource(value = KafkaAndS3TestResource.class, scope = TestResourceScope.GLOBAL)
class RunUploadTest {

    static Response upload(String projectId, String name, byte[] content) {
        return given().multiPart("files", name, content, "text/markdown")
                .when().post("/v1/projects/{projectId}/runs", projectId);
    }

    static List<RequirementEvent> published(String projectId) {
        return TopicSnapshot.withKey(TestPlatform.bootstrapServers(), Topics.REQUIREMENT, projectId).stream()
                .map(r -> JsonCodec.fromBytes(r.value(), RequirementEvent.class)).toList();
    }

    static JsonPath awaitStatus(String projectId, String runId, String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonPath last = null;
        while (System.nanoTime() < deadline) {
            last = given().get("/v1/projects/{p}/runs/{r}", projectId, runId).then().statusCode(200).extract().jsonPath();
            if (status.equals(last.getString("status"))) {
                return last;
            }
            sleep(100);
        }
        throw new AssertionError("run " + runId + " never reached " + status + "; last: " + (last == null ? null : last.prettify()));
    }

    @Test
    void onePrdIsAcceptedAndEveryRequirementIsPublishedKeyedByProject() {
        String projectId = "recipes-one";
        Response response = upload(projectId, "prd.md", Fixtures.prd("one"));
        response.then().statusCode(202)
                .header("Location", "/v1/projects/" + projectId + "/runs/" + response.jsonPath().getString("runId"))
                .body("projectId", equalTo(projectId))
                .body("runId", matchesPattern(Ids.RUN_ID.pattern()))
                .body("status", equalTo("accepted"))
                .body("links.self", equalTo(response.getHeader("Location")));
        String runId = response.jsonPath().getString("runId");
        int count = response.jsonPath().getInt("requirementCount");
        assertThat(count).isGreaterThan(5);

        List<ConsumerRecord<String, byte[]>> records = TopicSnapshot.withKey(TestPlatform.bootstrapServers(), Topics.REQUIREMENT, projectId);
        List<RequirementEvent> events = records.stream().map(r -> JsonCodec.fromBytes(r.value(), RequirementEvent.class)).toList();
        assertThat(events).hasSize(count);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.runId()).isEqualTo(runId);
            assertThat(e.total()).isEqualTo(count);
            assertThat(e.projectId()).isEqualTo(projectId);
        });
        assertThat(events.stream().map(RequirementEvent::seq).sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, count).boxed().toList());
        assertThat(records).allSatisfy(r -> {
            assertThat(TopicReader.header(r, "ce_type")).isEqualTo(RequirementEvent.TYPE);
            assertThat(TopicReader.header(r, "ce_id")).startsWith(runId + "-req-");
        });
        // one project's events share one partition, so modeling sees them in order
        assertThat(records.stream().map(ConsumerRecord::partition).distinct()).hasSize(1);

        // inputs and run.json are stored; run.json records what ingest detected
        assertThat(TestPlatform.store().get(ObjectKeys.input(projectId, runId, "prd.md")).orElseThrow().bytes())
                .isEqualTo(Fixtures.prd("one"));
        RunRecord record = JsonCodec.fromBytes(TestPlatform.store().get(RunRecord.key(projectId, runId)).orElseThrow().bytes(), RunRecord.class);
        assertThat(record.requirementCount()).isEqualTo(count);
        assertThat(record.documents()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("prd.md");
            assertThat(d.mediaType()).isNotBlank();
            assertThat(d.language()).isNotBlank();
            assertThat(d.sha256()).isEqualTo(RunIds.sha256Hex(Fixtures.prd("one")));
        });
    }

    @Test
    void theSameUploadTwiceIsTheSameRunAndPublishesNothingMore() {
        String projectId = "recipes-twice";
        String first = upload(projectId, "prd.md", Fixtures.prd("twice")).then().statusCode(202).extract().jsonPath().getString("runId");
        int published = published(projectId).size();

        Response again = upload(projectId, "prd.md", Fixtures.prd("twice"));
        again.then().statusCode(200)
                .header("Location", "/v1/projects/" + projectId + "/runs/" + first)
                .body("runId", equalTo(first));
        assertThat(published(projectId)).hasSize(published);

        // a changed document is a new run
        String changed = upload(projectId, "prd.md", Fixtures.prd("twice, edited")).then().statusCode(202).extract().jsonPath().getString("runId");
        assertThat(changed).isNotEqualTo(first);
    }

    @Test
    void rolesAreTakenPositionallyOrByNameAndRecorded() {
        String projectId = "recipes-roles";
        Response positional = given()
                .multiPart("files", "prd.md", Fixtures.prd("roles"), "text/markdown").multiPart("role", "prd")
                .multiPart("files", "stack.md", Fixtures.resource("tech-stack.md"), "text/markdown").multiPart("role", "tech-stack")
                .when().post("/v1/projects/{p}/runs", projectId);
        positional.then().statusCode(202);
        assertThat(positional.jsonPath().getList("documents.role")).containsExactly("prd", "tech_stack");
        assertThat(positional.jsonPath().getList("documents.roleGiven")).containsExactly(true, true);

        Response byName = given()
                .multiPart("files", "a.md", Fixtures.prd("roles by name"), "text/markdown")
                .multiPart("files", "b.md", Fixtures.resource("tech-stack.md"), "text/markdown")
                .multiPart("role", "b.md=tech_stack")
                .when().post("/v1/projects/{p}/runs", projectId);
        byName.then().statusCode(202);
        assertThat(byName.jsonPath().getList("documents.name")).containsExactly("a.md", "b.md");
        assertThat(byName.jsonPath().getList("documents.roleGiven")).containsExactly(false, true);
        assertThat(byName.jsonPath().getString("documents[1].role")).isEqualTo("tech_stack");
    }

    @Test
    void uploadNamesNeverReachKeysUnsanitized() {
        String projectId = "recipes-names";
        Response r = upload(projectId, "../../etc/My PRD (final).md", Fixtures.prd("names"));
        r.then().statusCode(202).body("documents[0].name", equalTo("My_PRD_final.md"))
                .body("documents[0].uploadedName", equalTo("../../etc/My PRD (final).md"));
        String runId = r.jsonPath().getString("runId");
        assertThat(TestPlatform.store().list(ObjectKeys.runPrefix(projectId, runId) + "input/"))
                .singleElement().satisfies(o -> assertThat(o.key()).endsWith("/input/My_PRD_final.md"));
    }

    @Test
    void statusFollowsTheModelReadyArtifactsReadyAndFailedEvents() {
        String projectId = "recipes-status";
        String runId = upload(projectId, "prd.md", Fixtures.prd("status")).then().statusCode(202).extract().jsonPath().getString("runId");
        JsonPath accepted = given().get("/v1/projects/{p}/runs/{r}", projectId, runId).then().statusCode(200).extract().jsonPath();
        assertThat(accepted.getString("status")).isEqualTo("accepted");
        assertThat(accepted.getList("stages.name")).containsExactly("ingest", "modeling", "render");
        assertThat(accepted.getList("stages.state")).containsExactly("done", "pending", "pending");

        String bootstrap = TestPlatform.bootstrapServers();
        // modeling's event; status reads only its envelope
        String modelReady = "{\"eventId\":\"" + runId + "-model\",\"schemaVersion\":1,\"projectId\":\"" + projectId + "\",\"runId\":\"" + runId
                + "\",\"generatorVersion\":\"0.1.0\",\"model\":{}}";
        TopicReader.send(bootstrap, Topics.MODEL_READY, projectId, modelReady.getBytes(StandardCharsets.UTF_8));
        JsonPath modeled = awaitStatus(projectId, runId, "modeled");
        assertThat(modeled.getList("stages.state")).containsExactly("done", "done", "pending");

        // render writes the artifacts, then announces them
        byte[] design = "# Database Design\n".getBytes(StandardCharsets.UTF_8);
        TestPlatform.store().put(ObjectKeys.artifact(projectId, runId, "design.md"), design, "text/markdown; charset=utf-8");
        ArtifactRef ref = new ArtifactRef("design.md", ObjectKeys.artifact(projectId, runId, "design.md"), design.length, RunIds.sha256Hex(design),
                "text/markdown; charset=utf-8");
        ArtifactsReadyEvent ready = ArtifactsReadyEvent.of(projectId, runId, ObjectKeys.runPrefix(projectId, runId), List.of(ref));
        TopicReader.send(bootstrap, Topics.ARTIFACTS_READY, projectId, JsonCodec.toBytes(ready));
        JsonPath published = awaitStatus(projectId, runId, "published");
        assertThat(published.getList("artifacts.name")).containsExactly("design.md");
        assertThat(published.getString("artifacts[0].href")).isEqualTo("/v1/projects/" + projectId + "/runs/" + runId + "/artifacts/design.md");

        given().get(published.getString("artifacts[0].href")).then().statusCode(200)
                .contentType("text/markdown; charset=utf-8").body(equalTo("# Database Design\n"));
        given().get("/v1/projects/{p}/runs/{r}/artifacts/{n}", projectId, runId, "schema.prisma").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("artifact-not-found"));
    }

    @Test
    void aRunFailedEventShowsAsFailedWithItsReasonAndIsStored() {
        String projectId = "recipes-failed";
        String runId = upload(projectId, "prd.md", Fixtures.prd("failed")).then().statusCode(202).extract().jsonPath().getString("runId");
        RunFailedEvent failed = RunFailedEvent.of(projectId, runId, "modeling", "no entities found",
                List.of(new Diagnostic(Severity.ERROR, "no-entities", "nothing to model", List.of("prd.md"))));
        TopicReader.send(TestPlatform.bootstrapServers(), Topics.RUN_FAILED, projectId, JsonCodec.toBytes(failed));
        JsonPath status = awaitStatus(projectId, runId, "failed");
        assertThat(status.getList("stages.state")).containsExactly("done", "failed", "pending");
        assertThat(status.getString("errors[0].stage")).isEqualTo("modeling");
        assertThat(status.getString("errors[0].reason")).isEqualTo("no entities found");
        // durable: the failure is in storage, so a restart or another instance still reports it
        assertThat(TestPlatform.store().exists(ObjectKeys.artifact(projectId, runId, "run-failed.json"))).isTrue();
    }

    @Test
    void aPoisonStatusEventGoesToTheDeadLetterTopicAndConsumingGoesOn() {
        String projectId = "recipes-poison";
        String runId = upload(projectId, "prd.md", Fixtures.prd("poison")).then().statusCode(202).extract().jsonPath().getString("runId");
        String bootstrap = TestPlatform.bootstrapServers();
        TopicReader.send(bootstrap, Topics.ARTIFACTS_READY, projectId, "{not json".getBytes(StandardCharsets.UTF_8));
        TopicSnapshot.awaitTopic(bootstrap, Topics.deadLetter(Topics.ARTIFACTS_READY));
        try (TopicReader dlq = new TopicReader(bootstrap, Topics.deadLetter(Topics.ARTIFACTS_READY))) {
            ConsumerRecord<String, byte[]> dead = dlq.awaitFirst(r -> projectId.equals(r.key()), Duration.ofSeconds(30)).orElseThrow();
            assertThat(TopicReader.header(dead, "dead-letter-reason")).contains("ArtifactsReadyEvent");
        }
        ArtifactsReadyEvent ready = ArtifactsReadyEvent.of(projectId, runId, ObjectKeys.runPrefix(projectId, runId), List.of());
        TopicReader.send(bootstrap, Topics.ARTIFACTS_READY, projectId, JsonCodec.toBytes(ready));
        awaitStatus(projectId, runId, "published");
    }

    @Test
    void statusOfAnUnknownRunIsAProblem() {
        given().get("/v1/projects/{p}/runs/{r}", "nobody", "0123456789abcdef01234567").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("run-not-found")).body("status", equalTo(404));
        given().get("/v1/projects/{p}/runs/{r}", "nobody", "NOT-A-RUN").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("runId"));
        given().get("/v1/projects/{p}/runs/{r}/artifacts/{n}", "nobody", "0123456789abcdef01234567", "..manifest.json").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("name"));
    }

    @Test
    void openApiAndSwaggerUiAndHealthAreServed() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/v1/projects/{projectId}/runs"))
                .body("paths", org.hamcrest.Matchers.hasKey("/v1/batches"))
                .body("paths", org.hamcrest.Matchers.hasKey("/v1/batches/{batchId}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/v1/projects/{projectId}/runs/{runId}/artifacts/{name}"));
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
