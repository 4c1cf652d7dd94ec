package dev.schemawright.ingestservice.api;

import static dev.schemawright.ingestservice.api.TestKeys.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.event.RequirementEvent;
import dev.schemawright.contracts.event.Topics;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.platform.KafkaAndS3TestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Batches over real HTTP: each project of an archive or of storage prefixes becomes its own run on the real broker. */
@QuarkusTest
@WithTestResource(value = KafkaAndS3TestResource.class, scope = TestResourceScope.GLOBAL)
class BatchTest {

    static JsonPath awaitSubmitted(String batchId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonPath last = null;
        while (System.nanoTime() < deadline) {
            last = given().get("/v1/batches/{id}", batchId).then().statusCode(200).extract().jsonPath();
            // submitted, and every accepted project read by a parse worker (its requirements are out)
            if (last.getInt("totals.queued") == 0 && last.getList("projects.status").stream().noneMatch(RunUploadTest.UNREAD::contains)) {
                return last;
            }
            RunUploadTest.sleep(100);
        }
        throw new AssertionError("batch " + batchId + " never left the queue: " + (last == null ? null : last.prettify()));
    }

    static List<RequirementEvent> published(String projectId) {
        return TopicSnapshot.withKey(TestPlatform.bootstrapServers(), Topics.REQUIREMENT, TestKeys.kafkaKey(projectId)).stream()
                .map(r -> JsonCodec.fromBytes(r.value(), RequirementEvent.class)).toList();
    }

    @Test
    void aZipOfThreeProjectsBecomesThreeRuns() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("batch-alpha/prd.md", Fixtures.prd("alpha"));
        entries.put("batch-alpha/docs/tech-stack.md", Fixtures.resource("tech-stack.md"));
        entries.put("batch-beta/prd.md", Fixtures.prd("beta"));
        entries.put("batch-gamma/prd.md", Fixtures.prd("gamma"));
        entries.put("README.txt", Fixtures.utf8("top-level files are not projects"));
        entries.put("__MACOSX/batch-alpha/._prd.md", new byte[] {0, 5, 22, 7});
        byte[] zip = Fixtures.zip(entries);

        Response response = given().multiPart("file", "projects.zip", zip, "application/zip").post("/v1/batches");
        response.then().statusCode(202)
                .body("totals.projects", equalTo(3))
                .header("Location", "/v1/batches/" + response.jsonPath().getString("batchId"));
        String batchId = response.jsonPath().getString("batchId");
        assertThat(batchId).matches(Ids.BATCH_ID.pattern());
        assertThat(response.jsonPath().getList("ignored", String.class)).anySatisfy(s -> assertThat(s).startsWith("README.txt"));

        JsonPath status = awaitSubmitted(batchId);
        assertThat(status.getList("projects.projectId")).containsExactly("batch-alpha", "batch-beta", "batch-gamma");
        assertThat(status.getList("projects.status")).containsOnly("ingested");
        assertThat(status.getInt("totals.failed")).isZero();
        assertThat(status.getInt("totals.running")).isEqualTo(3);
        assertThat(status.getString("status")).isEqualTo("running");

        for (int i = 0; i < 3; i++) {
            String projectId = status.getString("projects[" + i + "].projectId");
            String runId = status.getString("projects[" + i + "].runId");
            List<RequirementEvent> events = published(projectId);
            assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.runId()).isEqualTo(runId));
            assertThat(events.get(0).total()).isEqualTo(events.size());
            given().get(status.getString("projects[" + i + "].run")).then().statusCode(200).body("status", equalTo("ingested"));
        }
        // nested folders become distinct, safe document names
        given().get(status.getString("projects[0].run")).then().body("documents.name", org.hamcrest.Matchers.hasItem("docs_tech-stack.md"));

        // the same projects again, even packed as tar.gz, are the same batch: nothing new is published
        int alphaEvents = published("batch-alpha").size();
        Map<String, byte[]> repacked = new LinkedHashMap<>(entries);
        repacked.remove("__MACOSX/batch-alpha/._prd.md");
        given().multiPart("file", "projects.tar.gz", Fixtures.tarGz(repacked), "application/gzip").post("/v1/batches")
                .then().statusCode(200).body("batchId", equalTo(batchId));
        assertThat(published("batch-alpha")).hasSize(alphaEvents);
    }

    @Test
    void aRejectedProjectFailsAloneWithItsReason() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mixed-good/prd.md", Fixtures.prd("mixed good"));
        entries.put("mixed-bad/prd.md", new byte[0]);
        Response response = given().multiPart("file", "mixed.tar.gz", Fixtures.tarGz(entries), "application/gzip").post("/v1/batches");
        response.then().statusCode(202);
        JsonPath status = awaitSubmitted(response.jsonPath().getString("batchId"));
        assertThat(status.getList("projects.projectId")).containsExactly("mixed-bad", "mixed-good");
        assertThat(status.getList("projects.status")).containsExactly("rejected", "ingested");
        assertThat(status.getString("projects[0].error")).startsWith("422 empty-document");
        assertThat(status.getInt("totals.failed")).isEqualTo(1);
        assertThat(published("mixed-bad")).isEmpty();
        assertThat(published("mixed-good")).isNotEmpty();
    }

    @Test
    void storagePrefixesAreABatchToo() {
        TestPlatform.store().ensureBucket();
        TestPlatform.store().put("incoming/prefix-one/prd.md", Fixtures.prd("prefix one"), "text/markdown");
        TestPlatform.store().put("incoming/prefix-two/prd.md", Fixtures.prd("prefix two"), "text/markdown");
        TestPlatform.store().put("incoming/prefix-two/notes/tech-stack.md", Fixtures.resource("tech-stack.md"), "text/markdown");
        // any prefix of the bucket can be read this way (another tenant's inputs too): admin keys only
        given().contentType("application/json").body("{\"prefixes\":[\"incoming/prefix-one/\"]}").post("/v1/batches")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("forbidden"));
        TestKeys.anonymous().contentType("application/json").body("{\"prefixes\":[\"incoming/prefix-one/\"]}").post("/v1/batches")
                .then().statusCode(401).contentType("application/problem+json");
        Response response = TestKeys.as(TestKeys.admin()).contentType("application/json")
                .body("{\"prefixes\":[\"incoming/prefix-one/\",\"incoming/prefix-two\"]}").post("/v1/batches");
        response.then().statusCode(202).body("totals.projects", equalTo(2));
        JsonPath status = awaitSubmitted(response.jsonPath().getString("batchId"));
        assertThat(status.getList("projects.status")).containsOnly("ingested");
        assertThat(published("prefix-one")).isNotEmpty();
        assertThat(published("prefix-two")).isNotEmpty();
        TestKeys.as(TestKeys.globex()).get("/v1/batches/{id}", response.jsonPath().getString("batchId")).then().statusCode(404);

        TestKeys.as(TestKeys.admin()).contentType("application/json").body("{\"prefixes\":[\"incoming/nothing-here/\"]}").post("/v1/batches")
                .then().statusCode(422).contentType("application/problem+json").body("code", equalTo("empty-prefix"));
    }

    @Test
    void anUnknownBatchIsAProblem() {
        given().get("/v1/batches/{id}", "0123456789abcdef01234567").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("batch-not-found"));
        given().get("/v1/batches/{id}", "nope").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("batchId"));
    }
}
