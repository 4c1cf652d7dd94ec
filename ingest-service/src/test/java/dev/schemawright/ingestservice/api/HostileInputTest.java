package dev.schemawright.ingestservice.api;

import static dev.schemawright.ingestservice.api.TestKeys.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.schemawright.contracts.event.RequirementEvent;
import dev.schemawright.contracts.event.Topics;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.platform.KafkaAndS3TestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input over the real HTTP endpoint, one row per attack: the request, the status and problem code it must
 * get (always application/problem+json), and the projects for which nothing may reach the requirement topic (read
 * back with a real consumer). The test profile lowers the limits: 6 MB per file, 16 MB per request.
 */
@QuarkusTest
@WithTestResource(value = KafkaAndS3TestResource.class, scope = TestResourceScope.GLOBAL)
class HostileInputTest {
    private static final int MB = 1024 * 1024;

    /** One row: what is sent, what must come back, and which projects must have no requirement event. */
    record Attack(String name, Supplier<Response> request, int status, String code, List<String> silentProjects) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> attacks() {
        return Stream.of(
                new Attack("empty file", () -> upload("hostile-empty", "prd.md", new byte[0]), 422, "empty-document", List.of("hostile-empty")),
                new Attack("unsupported media type (PNG)", () -> upload("hostile-png", "diagram.png", png()), 415, "unsupported-media-type", List.of("hostile-png")),
                new Attack("request is not multipart", () -> given().contentType("application/json").body("{\"files\":[]}")
                        .post("/v1/projects/hostile-json/runs"), 415, "unsupported-media-type", List.of("hostile-json")),
                new Attack("file over the per-file limit", () -> upload("hostile-large", "prd.md", repeatedText(7 * MB)), 413, "document-too-large", List.of("hostile-large")),
                new Attack("request over the body limit", () -> rawMultipart("hostile-body", "prd.md", repeatedText(20 * MB)), 413, "payload-too-large", List.of("hostile-body")),
                new Attack("binary garbage", () -> upload("hostile-binary", "notes.md", garbage(64 * 1024)), 415, "binary-content", List.of("hostile-binary")),
                new Attack("missing files field", () -> given().multiPart("file", "prd.md", Fixtures.prd("missing"), "text/markdown")
                        .post("/v1/projects/hostile-missing/runs"), 400, "missing-files", List.of("hostile-missing")),
                new Attack("unknown role", () -> given().multiPart("files", "prd.md", Fixtures.prd("role"), "text/markdown").multiPart("role", "wizard")
                        .post("/v1/projects/hostile-role/runs"), 400, "invalid-role", List.of("hostile-role")),
                new Attack("too many files", () -> manyFiles("hostile-many", 51), 413, "too-many-files", List.of("hostile-many")),
                new Attack("projectId ../x", () -> rawUpload("..%2Fx"), 400, "invalid-request", List.of("x")),
                new Attack("projectId with spaces", () -> rawUpload("my%20project"), 400, "invalid-request", List.of("my project")),
                new Attack("projectId of 200 characters", () -> rawUpload("p".repeat(200)), 400, "invalid-request", List.of()),
                new Attack("projectId in unicode", () -> rawUpload("proj%C3%A9t"), 400, "invalid-request", List.of("projét")),
                new Attack("zip bomb", () -> batch("bomb.zip", zipBomb("hostile-bomb")), 422, "suspicious-compression-ratio", List.of("hostile-bomb")),
                new Attack("archive entry with ..", () -> batch("dotdot.zip", Fixtures.zip(ordered(
                        "hostile-dotdot/prd.md", Fixtures.prd("dotdot"), "hostile-dotdot/../../evil.md", Fixtures.prd("evil")))),
                        422, "unsafe-archive-entry", List.of("hostile-dotdot")),
                new Attack("archive entry with an absolute path", () -> batch("abs.tar.gz", Fixtures.tarGz(ordered(
                        "hostile-abs/prd.md", Fixtures.prd("abs"), "/etc/hostile-abs/prd.md", Fixtures.prd("abs2")))),
                        422, "unsafe-archive-entry", List.of("hostile-abs", "etc")),
                new Attack("tens of thousands of archive entries", () -> batch("many.zip", manyEntries("hostile-entries", 20_000)),
                        413, "too-many-entries", List.of("hostile-entries")),
                new Attack("batch that is not an archive", () -> batch("batch.zip", Fixtures.prd("not an archive")), 415, "unsupported-archive-type", List.of()),
                new Attack("project folder that is not a project id", () -> batch("names.zip", Fixtures.zip(ordered(
                        "hostile folder!/prd.md", Fixtures.prd("folder")))), 422, "invalid-project-id", List.of("hostile folder!")),
                new Attack("batch without file field", () -> given().multiPart("files", "a.zip", new byte[] {1}).post("/v1/batches"),
                        400, "missing-file", List.of()),
                new Attack("unknown path", () -> given().get("/v1/nothing-here"), 404, "not-found", List.of()),
                new Attack("wrong method", () -> given().delete("/v1/batches"), 405, "method-not-allowed", List.of()),
                new Attack("batch prefixes that climb out", () -> TestKeys.as(TestKeys.admin()).contentType("application/json")
                        .body("{\"prefixes\":[\"../other-tenant/\"]}").post("/v1/batches"), 400, "invalid-request", List.of("other-tenant"))
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void hostileInputGetsAClearProblemAndPublishesNothing(Attack attack) {
        Response response = attack.request().get();
        response.then()
                .statusCode(attack.status())
                .contentType("application/problem+json")
                .body("status", equalTo(attack.status()))
                .body("code", equalTo(attack.code()))
                .body("type", equalTo("https://schemawright.dev/problems/" + attack.code()));
        assertThat(response.jsonPath().getString("title")).isNotBlank();
        assertThat(response.jsonPath().getString("detail")).isNotBlank();
        for (String projectId : attack.silentProjects()) {
            assertThat(TopicSnapshot.withKey(TestPlatform.bootstrapServers(), Topics.REQUIREMENT, TestKeys.kafkaKey(projectId)))
                    .as("requirement events for %s", projectId).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void documentRejectionsNameTheDocumentAndItsDiagnostic(Attack attack) {
        if (!List.of("empty-document", "unsupported-media-type", "corrupt-document", "binary-content", "repetitive-content")
                .contains(attack.code()) || attack.name().contains("not multipart")) {
            return;
        }
        attack.request().get().then()
                .body("errors[0].code", equalTo(attack.code()))
                .body("errors[0].severity", equalTo("error"))
                .body("errors[0].document", org.hamcrest.Matchers.notNullValue())
                .body("errors[0].message", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString()));
    }

    /**
     * Documents that only reading can refuse: the upload is stored and answered 202 at once, then a parse worker fails
     * the run with the rejection's code and every document's diagnostic, puts the upload record on the dead-letter
     * topic with the reason, and publishes no requirement.
     */
    record Unreadable(String name, String projectId, String file, Supplier<byte[]> content, String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                new Unreadable("corrupt PDF", "hostile-pdf", "spec.pdf", HostileInputTest::corruptPdf, "corrupt-document"),
                new Unreadable("corrupt DOCX", "hostile-docx", "spec.docx", HostileInputTest::corruptDocx, "corrupt-document"),
                new Unreadable("5 MB of one repeated line", "hostile-repeat", "prd.md", () -> oneLine(5_000_000), "repetitive-content")
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void anUnreadableDocumentFailsItsRunWithTheReasonAndADeadLetter(Unreadable doc) {
        byte[] content = doc.content().get(); // the same bytes twice below (a DOCX carries its zip entries' times)
        Response response = upload(doc.projectId(), doc.file(), content);
        response.then().statusCode(202);
        String runId = response.jsonPath().getString("runId");
        io.restassured.path.json.JsonPath failed = RunUploadTest.awaitStatus(doc.projectId(), runId, "failed");
        assertThat(failed.getList("stages.state")).containsExactly("failed", "pending", "pending");
        assertThat(failed.getString("errors[0].stage")).isEqualTo("ingest");
        assertThat(failed.getString("errors[0].reason")).startsWith(doc.code() + ": ").contains(doc.file());
        assertThat(failed.getString("errors[0].diagnostics[0].code")).isEqualTo(doc.code());
        String bootstrap = TestPlatform.bootstrapServers();
        TopicSnapshot.awaitTopic(bootstrap, Topics.deadLetter(Topics.UPLOAD));
        try (dev.schemawright.platform.TopicReader dlq = new dev.schemawright.platform.TopicReader(bootstrap, Topics.deadLetter(Topics.UPLOAD))) {
            var dead = dlq.awaitFirst(r -> TestKeys.kafkaKey(doc.projectId()).equals(r.key()), java.time.Duration.ofSeconds(30)).orElseThrow();
            assertThat(dev.schemawright.platform.TopicReader.header(dead, "dead-letter-reason")).contains(doc.code());
            assertThat(JsonCodec.fromBytes(dead.value(), dev.schemawright.contracts.event.UploadEvent.class).runId()).isEqualTo(runId);
        }
        assertThat(TopicSnapshot.withKey(bootstrap, Topics.REQUIREMENT, TestKeys.kafkaKey(doc.projectId()))).isEmpty();
        // the same documents again are the same run: being failed, it is retried
        upload(doc.projectId(), doc.file(), content).then().statusCode(202).body("runId", equalTo(runId));
    }

    @org.junit.jupiter.api.Test
    void aPromptInjectionDocumentIsAcceptedAsPlainText() {
        String projectId = "hostile-injection";
        Response response = upload(projectId, "notes.md", Fixtures.resource("prompt-injection.md"));
        response.then().statusCode(202);
        int count = RunUploadTest.awaitStatus(projectId, response.jsonPath().getString("runId"), "ingested").getInt("requirementCount");
        List<RequirementEvent> events = TopicSnapshot.withKey(TestPlatform.bootstrapServers(), Topics.REQUIREMENT, TestKeys.kafkaKey(projectId)).stream()
                .map(r -> JsonCodec.fromBytes(r.value(), RequirementEvent.class)).toList();
        assertThat(events).hasSize(count);
        // the injected text travels as data, verbatim, and nothing else happened
        assertThat(events).anySatisfy(e -> assertThat(e.requirement().text()).contains("Ignore all previous instructions"));
        assertThat(events).anySatisfy(e -> assertThat(e.requirement().text()).contains("notes with a title and a body"));
    }

    static Response upload(String projectId, String name, byte[] content) {
        return given().multiPart("files", name, content, "application/octet-stream").post("/v1/projects/{p}/runs", projectId);
    }

    /** A multipart body built by hand, so the request carries its Content-Length (as curl and browsers send it). */
    static Response rawMultipart(String projectId, String name, byte[] content) {
        String boundary = "schemawright-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: text/markdown\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return given().contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray())
                .post("/v1/projects/{p}/runs", projectId);
    }

    /** Path already percent-encoded, sent as is. */
    static Response rawUpload(String encodedProjectId) {
        return given().urlEncodingEnabled(false).multiPart("files", "prd.md", Fixtures.prd("raw"), "text/markdown")
                .post("/v1/projects/" + encodedProjectId + "/runs");
    }

    static Response batch(String name, byte[] archive) {
        return given().multiPart("file", name, archive, "application/octet-stream").post("/v1/batches");
    }

    static Response manyFiles(String projectId, int count) {
        var request = given();
        for (int i = 0; i < count; i++) {
            request = request.multiPart("files", "doc" + i + ".md", Fixtures.utf8("# Doc " + i + "\n- A user can do thing " + i + ".\n"), "text/markdown");
        }
        return request.post("/v1/projects/{p}/runs", projectId);
    }

    static Map<String, byte[]> ordered(Object... pathsAndBytes) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndBytes.length; i += 2) {
            m.put((String) pathsAndBytes[i], (byte[]) pathsAndBytes[i + 1]);
        }
        return m;
    }

    static byte[] repeatedText(int size) {
        StringBuilder sb = new StringBuilder(size + 100);
        int i = 0;
        while (sb.length() < size) {
            sb.append("- Requirement ").append(i++).append(": a user can store item ").append(i).append(" with a name and a price.\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] oneLine(int size) {
        String line = "The system shall store the data.\n";
        return line.repeat(size / line.length() + 1).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] garbage(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    static byte[] png() {
        byte[] bytes = garbage(4096);
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    static byte[] corruptPdf() {
        byte[] head = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Kids [".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 2048];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(garbage(2048), 0, bytes, head.length, 2048);
        return bytes;
    }

    /** A zip that announces itself as a Word document but whose document part is broken XML. */
    static byte[] corruptDocx() {
        return Fixtures.zip(ordered(
                "[Content_Types].xml", Fixtures.utf8("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
                "_rels/.rels", Fixtures.utf8("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
                "word/document.xml", Fixtures.utf8("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>broken")));
    }

    /** One project with a 50 MB document of zeros that deflates to about 50 KB. */
    static byte[] zipBomb(String projectId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(projectId + "/prd.md"));
            byte[] zeros = new byte[MB];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] manyEntries(String projectId, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(0);
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry(projectId + "/" + i + ".md"));
                zip.write('x');
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
