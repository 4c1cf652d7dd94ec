package dev.schemawright.ingestservice.api;

import static dev.schemawright.ingestservice.api.TestKeys.given;
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
import dev.schemawright.contracts.tenant.RunRef;
import dev.schemawright.ingestservice.status.RunAttempts;
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

    /** Statuses of a run whose documents are stored but not read yet. */
    static final List<String> UNREAD = List.of("accepted", "parsing");

    /** Uploads and, when accepted, waits until a parse worker has read it (its requirement events are out). */
    static Response upload(String projectId, String name, byte[] content) {
        Response response = given().multiPart("files", name, content, "text/markdown")
                .when().post("/v1/projects/{projectId}/runs", projectId);
        if (response.statusCode() == 202) {
            awaitRead(projectId, response.jsonPath().getString("runId"));
        }
        return response;
    }

    /** Waits until the run is no longer accepted or parsing: ingested (or later), or failed. */
    static JsonPath awaitRead(String projectId, String runId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonPath last = null;
        while (System.nanoTime() < deadline) {
            last = given().get("/v1/projects/{p}/runs/{r}", projectId, runId).then().statusCode(200).extract().jsonPath();
            if (!UNREAD.contains(last.getString("status"))) {
                return last;
            }
            sleep(50);
        }
        throw new AssertionError("run " + runId + " was never read; last: " + (last == null ? null : last.prettify()));
    }

    static List<RequirementEvent> published(String projectId) {
        return TopicSnapshot.withKey(TestPlatform.bootstrapServers(), Topics.REQUIREMENT, TestKeys.kafkaKey(projectId)).stream()
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
                .body("status", org.hamcrest.Matchers.in(List.of("accepted", "parsing", "ingested")))
                .body("links.self", equalTo(response.getHeader("Location")));
        String runId = response.jsonPath().getString("runId");
        JsonPath read = awaitStatus(projectId, runId, "ingested");
        assertThat(read.getList("stages.state")).containsExactly("done", "pending", "pending");
        int count = read.getInt("requirementCount");
        assertThat(count).isGreaterThan(5);

        List<ConsumerRecord<String, byte[]>> records = TopicSnapshot.withKey(TestPlatform.bootstrapServers(), Topics.REQUIREMENT, TestKeys.kafkaKey(projectId));
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
        assertThat(TestPlatform.store().get(ObjectKeys.input(TestKeys.TENANT, projectId, runId, "prd.md")).orElseThrow().bytes())
                .isEqualTo(Fixtures.prd("one"));
        RunRecord record = JsonCodec.fromBytes(TestPlatform.store().get(RunRecord.key(TestKeys.project(projectId), runId)).orElseThrow().bytes(), RunRecord.class);
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
        awaitStatus(projectId, first, "ingested"); // read after the answer: count its events once they are all out
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
        assertThat(TestPlatform.store().list(ObjectKeys.runPrefix(TestKeys.TENANT, projectId, runId) + "input/"))
                .singleElement().satisfies(o -> assertThat(o.key()).endsWith("/input/My_PRD_final.md"));
    }

    @Test
    void statusFollowsTheModelReadyArtifactsReadyAndFailedEvents() {
        String projectId = "recipes-status";
        String runId = upload(projectId, "prd.md", Fixtures.prd("status")).then().statusCode(202).extract().jsonPath().getString("runId");
        JsonPath accepted = given().get("/v1/projects/{p}/runs/{r}", projectId, runId).then().statusCode(200).extract().jsonPath();
        assertThat(accepted.getString("status")).isEqualTo("ingested");
        assertThat(accepted.getList("stages.name")).containsExactly("ingest", "modeling", "render");
        assertThat(accepted.getList("stages.state")).containsExactly("done", "pending", "pending");

        String bootstrap = TestPlatform.bootstrapServers();
        // modeling's event; status reads only its envelope
        String modelReady = "{\"eventId\":\"" + runId + "-model\",\"schemaVersion\":1,\"tenantId\":\"acme\",\"projectId\":\"" + projectId + "\",\"runId\":\"" + runId
                + "\",\"generatorVersion\":\"0.1.0\",\"model\":{}}";
        TopicReader.send(bootstrap, Topics.MODEL_READY, TestKeys.kafkaKey(projectId), modelReady.getBytes(StandardCharsets.UTF_8));
        JsonPath modeled = awaitStatus(projectId, runId, "modeled");
        assertThat(modeled.getList("stages.state")).containsExactly("done", "done", "pending");

        // render writes the artifacts, then announces them
        byte[] design = "# Database Design\n".getBytes(StandardCharsets.UTF_8);
        TestPlatform.store().put(ObjectKeys.artifact(TestKeys.TENANT, projectId, runId, "design.md"), design, "text/markdown; charset=utf-8");
        ArtifactRef ref = new ArtifactRef("design.md", ObjectKeys.artifact(TestKeys.TENANT, projectId, runId, "design.md"), design.length, RunIds.sha256Hex(design),
                "text/markdown; charset=utf-8");
        ArtifactsReadyEvent ready = ArtifactsReadyEvent.of(TestKeys.TENANT, projectId, runId, ObjectKeys.runPrefix(TestKeys.TENANT, projectId, runId), List.of(ref));
        TopicReader.send(bootstrap, Topics.ARTIFACTS_READY, TestKeys.kafkaKey(projectId), JsonCodec.toBytes(ready));
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
        RunFailedEvent failed = RunFailedEvent.of(new RunRef(TestKeys.TENANT, projectId, runId, 1), "modeling", "no entities found",
                List.of(new Diagnostic(Severity.ERROR, "no-entities", "nothing to model", List.of("prd.md"))));
        TopicReader.send(TestPlatform.bootstrapServers(), Topics.RUN_FAILED, TestKeys.kafkaKey(projectId), JsonCodec.toBytes(failed));
        JsonPath status = awaitStatus(projectId, runId, "failed");
        assertThat(status.getList("stages.state")).containsExactly("done", "failed", "pending");
        assertThat(status.getString("errors[0].stage")).isEqualTo("modeling");
        assertThat(status.getString("errors[0].reason")).isEqualTo("no entities found");
        // durable: the failure is in storage, so a restart or another instance still reports it
        assertThat(TestPlatform.store().exists(RunAttempts.failureKey(TestKeys.project(projectId), runId, 1))).isTrue();
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
        ArtifactsReadyEvent ready = ArtifactsReadyEvent.of(TestKeys.TENANT, projectId, runId, ObjectKeys.runPrefix(TestKeys.TENANT, projectId, runId), List.of());
        TopicReader.send(bootstrap, Topics.ARTIFACTS_READY, TestKeys.kafkaKey(projectId), JsonCodec.toBytes(ready));
        awaitStatus(projectId, runId, "published");
    }

    @Test
    void projectsLiveInsideTheirTenant() {
        String projectId = "julklapp";
        Response acmes = upload(projectId, "prd.md", Fixtures.prd("tenants"));
        acmes.then().statusCode(202);
        String runId = acmes.jsonPath().getString("runId");
        // no key, a key nobody issued: 401 problem; another tenant: the run does not exist for it
        TestKeys.anonymous().get("/v1/projects/{p}/runs/{r}", projectId, runId).then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        TestKeys.as("sw_" + "A".repeat(43)).get("/v1/projects/{p}/runs/{r}", projectId, runId).then().statusCode(401);
        TestKeys.as(TestKeys.globex()).get("/v1/projects/{p}/runs/{r}", projectId, runId).then().statusCode(404)
                .body("code", equalTo("run-not-found"));
        TestKeys.as(TestKeys.globex()).get("/v1/projects/{p}/runs/{r}/artifacts/run.json", projectId, runId).then().statusCode(404);
        given().get("/v1/projects/{p}/runs/{r}/artifacts/run.json", projectId, runId).then().statusCode(200);
        // the same documents under the same project id in another tenant: another project, another run
        Response globexes = TestKeys.as(TestKeys.globex()).multiPart("files", "prd.md", Fixtures.prd("tenants"), "text/markdown")
                .post("/v1/projects/{projectId}/runs", projectId);
        globexes.then().statusCode(202);
        assertThat(globexes.jsonPath().getString("runId")).isNotEqualTo(runId);
        // the upload is answered once stored; its requirements are published when a parse worker has read it
        assertThat(TopicSnapshot.awaitWithKey(TestPlatform.bootstrapServers(), Topics.REQUIREMENT, "globex/" + projectId)).isNotEmpty()
                .allSatisfy(r -> assertThat(JsonCodec.fromBytes(r.value(), RequirementEvent.class).tenantId()).isEqualTo("globex"));
    }

    @Test
    void aFailedRunIsRetriedByItsRouteOrByUploadingItAgain() {
        String projectId = "recipes-retry";
        String runId = upload(projectId, "prd.md", Fixtures.prd("retry")).then().statusCode(202).extract().jsonPath().getString("runId");
        awaitStatus(projectId, runId, "ingested");
        int total = published(projectId).size();
        given().post("/v1/projects/{p}/runs/{r}/retry", projectId, runId).then().statusCode(409).body("code", equalTo("run-not-failed"));

        RunRef first = new RunRef(TestKeys.TENANT, projectId, runId, 1);
        fail(first, "design-time-exceeded: the design took longer than its budget");
        awaitStatus(projectId, runId, "failed");
        given().post("/v1/projects/{p}/runs/{r}/retry", projectId, runId).then().statusCode(202)
                .body("status", org.hamcrest.Matchers.in(List.of("accepted", "parsing", "ingested")));
        awaitRequirements(projectId, 2 * total);
        List<RequirementEvent> events = published(projectId);
        assertThat(events).hasSize(2 * total);
        assertThat(events.subList(total, 2 * total)).allSatisfy(e -> {
            assertThat(e.attempt()).isEqualTo(2);
            assertThat(e.eventId()).startsWith(runId + "-a2-req-");
        });
        // the first attempt's failure, delivered again, no longer describes the run
        fail(first, "design-time-exceeded: the design took longer than its budget");
        sleep(1500);
        given().get("/v1/projects/{p}/runs/{r}", projectId, runId).then().statusCode(200).body("status", equalTo("ingested"));

        fail(first.next(), "run incomplete");
        awaitStatus(projectId, runId, "failed");
        upload(projectId, "prd.md", Fixtures.prd("retry")).then().statusCode(202).body("runId", equalTo(runId));
        awaitRequirements(projectId, 3 * total);
        assertThat(published(projectId).subList(2 * total, 3 * total)).allSatisfy(e -> assertThat(e.attempt()).isEqualTo(3));
        TestKeys.as(TestKeys.globex()).post("/v1/projects/{p}/runs/{r}/retry", projectId, runId).then().statusCode(404);
    }

    /** A retry's requirements are published by a parse worker after the 202: wait for them. */
    static void awaitRequirements(String projectId, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (published(projectId).size() < count && System.nanoTime() < deadline) {
            sleep(100);
        }
    }

    static void fail(RunRef run, String reason) {
        RunFailedEvent failed = RunFailedEvent.of(run, "modeling", reason, List.of());
        TopicReader.send(TestPlatform.bootstrapServers(), Topics.RUN_FAILED, run.project().kafkaKey(), JsonCodec.toBytes(failed));
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
