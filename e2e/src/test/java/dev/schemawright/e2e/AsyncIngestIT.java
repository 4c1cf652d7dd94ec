package dev.schemawright.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.event.Topics;
import dev.schemawright.contracts.event.UploadEvent;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.platform.FreePorts;
import dev.schemawright.platform.ServiceLauncher;
import dev.schemawright.platform.ServiceSpec;
import dev.schemawright.platform.TopicReader;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #15's upload path on the real services: {@code POST .../runs} stores the documents and answers 202 before
 * they are read; ingest-service's parse workers read them off {@code schemawright.upload.v1}. A document that cannot be
 * read fails its run (stage ingest, the reason, a dead-letter record) while the others publish; while parses past
 * their time limit hold every parse thread, uploads are answered 503 {@code parser-unavailable} with Retry-After.
 */
class AsyncIngestIT {
    static final Duration WAIT = Duration.ofSeconds(120);
    static ServicePlatform platform;

    @BeforeAll
    static void start() {
        platform = ServicePlatform.shared();
    }

    static RequestSpecification as(String baseUri) {
        return given().baseUri(baseUri).header("Authorization", "Bearer " + platform.tenantKey);
    }

    static Response upload(String baseUri, String projectId, Map<String, byte[]> files) {
        RequestSpecification request = as(baseUri);
        files.forEach((name, bytes) -> request.multiPart("files", name, bytes, "application/octet-stream"));
        return request.post("/v1/projects/{p}/runs", projectId);
    }

    static JsonPath awaitStatus(String baseUri, String projectId, String runId, Predicate<String> done) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonPath last = null;
        while (System.nanoTime() < deadline) {
            last = as(baseUri).get("/v1/projects/{p}/runs/{r}", projectId, runId).then().statusCode(200).extract().jsonPath();
            if (done.test(last.getString("status"))) {
                return last;
            }
            sleep(100);
        }
        throw new AssertionError("run " + projectId + "/" + runId + " did not get there; last: " + (last == null ? null : last.prettify()));
    }

    @Test
    void anUploadIsAnswered202BeforeItIsReadAndIsThenPublished() throws Exception {
        Path project = PipelineEndToEndIT.projects().get(1);
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        for (Path f : PipelineEndToEndIT.documents(project)) {
            files.put(f.getFileName().toString(), java.nio.file.Files.readAllBytes(f));
        }
        String projectId = "async-" + project.getFileName().toString().replaceAll("[^A-Za-z0-9_-]", "-");
        Response response = upload(platform.ingestUrl(), projectId, files);
        response.then().statusCode(202).contentType("application/json")
                .header("Location", "/v1/projects/" + projectId + "/runs/" + response.jsonPath().getString("runId"));
        String runId = response.jsonPath().getString("runId");
        // answered before (or while) the documents are read: nothing modeled yet, the documents as stored
        assertThat(response.jsonPath().getString("status")).isIn("accepted", "parsing", "ingested");
        assertThat(response.jsonPath().getList("documents.name")).containsExactlyElementsOf(files.keySet().stream().sorted().toList());
        assertThat(response.jsonPath().getString("stages[1].state")).isEqualTo("pending");

        JsonPath published = awaitStatus(platform.ingestUrl(), projectId, runId, "published"::equals);
        assertThat(published.getList("stages.state")).containsExactly("done", "done", "done");
        assertThat(published.getInt("requirementCount")).isPositive();
        assertThat(published.getList("documents.language")).doesNotContainNull();
        // the upload event that carried it, keyed by the project like every event
        try (TopicReader uploads = new TopicReader(platform.bootstrap(), Topics.UPLOAD)) {
            ConsumerRecord<String, byte[]> record = uploads.awaitFirst(r -> r.key().endsWith("/" + projectId), Duration.ofSeconds(30)).orElseThrow();
            UploadEvent event = JsonCodec.fromBytes(record.value(), UploadEvent.class);
            assertThat(event.runId()).isEqualTo(runId);
            assertThat(event.documents()).extracting(UploadEvent.Document::name).containsExactlyElementsOf(files.keySet().stream().sorted().toList());
            assertThat(TopicReader.header(record, "ce_type")).isEqualTo(UploadEvent.TYPE);
        }
    }

    @Test
    void aDocumentThatCannotBeReadFailsItsRunWithAReasonAndADeadLetterWhileOthersPublish() throws Exception {
        // a PDF head followed by noise: the sniffer takes it for a PDF, only the parser finds the damage
        byte[] head = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Kids [".getBytes(StandardCharsets.US_ASCII);
        byte[] poison = java.util.Arrays.copyOf(head, head.length + 2048);
        byte[] noise = new byte[2048];
        new java.util.Random(15).nextBytes(noise);
        System.arraycopy(noise, 0, poison, head.length, noise.length);
        Path bystanderProject = PipelineEndToEndIT.projects().get(2);
        Map<String, byte[]> bystanderFiles = new java.util.LinkedHashMap<>();
        for (Path f : PipelineEndToEndIT.documents(bystanderProject)) {
            bystanderFiles.put(f.getFileName().toString(), java.nio.file.Files.readAllBytes(f));
        }
        Response poisoned = upload(platform.ingestUrl(), "async-poison", Map.of("prd.md", "# PRD\n\n- Users keep notes.\n".getBytes(StandardCharsets.UTF_8),
                "spec.pdf", poison));
        Response bystander = upload(platform.ingestUrl(), "async-bystander", bystanderFiles);
        poisoned.then().statusCode(202);
        bystander.then().statusCode(202);
        String poisonRun = poisoned.jsonPath().getString("runId");

        JsonPath failed = awaitStatus(platform.ingestUrl(), "async-poison", poisonRun, s -> s.equals("failed") || s.equals("published"));
        assertThat(failed.getString("status")).isEqualTo("failed");
        assertThat(failed.getString("errors[0].stage")).isEqualTo("ingest");
        assertThat(failed.getString("errors[0].reason")).startsWith("corrupt-document: ").contains("spec.pdf");
        assertThat(failed.getList("stages.state")).containsExactly("failed", "pending", "pending");
        try (TopicReader dlq = new TopicReader(platform.bootstrap(), Topics.deadLetter(Topics.UPLOAD))) {
            ConsumerRecord<String, byte[]> dead = dlq.awaitFirst(r -> r.key().endsWith("/async-poison"), Duration.ofSeconds(60)).orElseThrow();
            assertThat(TopicReader.header(dead, "dead-letter-reason")).startsWith("corrupt-document");
            assertThat(JsonCodec.fromBytes(dead.value(), UploadEvent.class).runId()).isEqualTo(poisonRun);
        }
        // nothing of the poisoned run reached modeling; the bystander went all the way
        try (TopicReader requirements = new TopicReader(platform.bootstrap(), Topics.REQUIREMENT)) {
            assertThat(requirements.awaitFirst(r -> r.key().endsWith("/async-poison"), Duration.ofSeconds(2))).isEmpty();
        }
        awaitStatus(platform.ingestUrl(), "async-bystander", bystander.jsonPath().getString("runId"), "published"::equals);
    }

    /**
     * One more ingest-service beside the platform's, with one parse thread and a 100 ms parse budget, on a topic of its
     * own (so it reads only its own uploads): a PDF that takes seconds to parse is abandoned at 100 ms and holds the only
     * thread; until its parser returns, uploads are refused with 503 and readiness is DOWN.
     */
    @Test
    void whileAbandonedParsesHoldEveryParseThreadUploadsAre503WithRetryAfter() throws Exception {
        int port = FreePorts.pick();
        Map<String, String> config = new HashMap<>(platform.platform.serviceConfig());
        config.put("schemawright.ingest.parse.threads", "1");
        config.put("schemawright.ingest.limits.max-parse-time", "100ms");
        String topic = "e2e.busy-parser.upload.v1";
        config.put("mp.messaging.outgoing.uploads-out.topic", topic);
        config.put("mp.messaging.incoming.uploads.topic", topic);
        config.put("mp.messaging.incoming.uploads.dead-letter-queue.topic", topic + ".dlq");
        config.put("mp.messaging.incoming.uploads.group.id", "e2e-busy-parser");
        for (String channel : List.of("model-ready", "artifacts-ready", "run-failed")) {
            config.put("mp.messaging.incoming." + channel + ".group.id", "e2e-busy-parser-status");
        }
        try (ServiceLauncher launcher = new ServiceLauncher(ServicePlatform.REPO.resolve("e2e/target/e2e-busy-parser"))) {
            ServiceSpec spec = ServiceSpec.quarkus("ingest-busy-parser", ServicePlatform.appDir("ingest-service"), port, config);
            launcher.launch(new ServiceSpec(spec.name(), spec.command(), spec.environment(), spec.readiness(), Duration.ofSeconds(300)));
            String url = "http://127.0.0.1:" + port;
            Response slow = upload(url, "async-slow-pdf", Map.of("spec.pdf", slowPdf(20_000)));
            slow.then().statusCode(202);
            JsonPath failed = awaitStatus(url, "async-slow-pdf", slow.jsonPath().getString("runId"), "failed"::equals);
            assertThat(failed.getString("errors[0].reason")).startsWith("corrupt-document: ").contains("longer than 100 ms");

            Response refused = upload(url, "async-refused", Map.of("prd.md", "# PRD\n\n- Users keep notes.\n".getBytes(StandardCharsets.UTF_8)));
            refused.then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue());
            assertThat(refused.jsonPath().getString("code")).isEqualTo("parser-unavailable");
            assertThat(refused.jsonPath().getString("detail")).contains("nothing was stored");
            assertThat(platform.store.list(dev.schemawright.contracts.ObjectKeys.projectPrefix(ServicePlatform.TENANT, "async-refused"))).isEmpty();
            given().baseUri(url).get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'ingest-parse-threads' }.status", org.hamcrest.Matchers.equalTo("DOWN"));

            // the abandoned parser returns in the end: the thread is free again and so are uploads
            long deadline = System.nanoTime() + WAIT.toNanos();
            int status = 503;
            while (status == 503 && System.nanoTime() < deadline) {
                sleep(250);
                status = upload(url, "async-refused", Map.of("prd.md", "# PRD\n\n- Users keep notes.\n".getBytes(StandardCharsets.UTF_8))).statusCode();
            }
            assertThat(status).isEqualTo(202);
            given().baseUri(url).get("/q/health/ready").then().statusCode(200);
        }
    }

    /**
     * A valid PDF of {@code pages} one-line pages (20,000: 6.7 MB): PDFBox reads it for seconds and does not stop when
     * interrupted, so past a 100 ms budget its parse is abandoned and holds its thread (about 10 s on this machine).
     */
    static byte[] slowPdf(int pages) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        List<Integer> offsets = new java.util.ArrayList<>();
        java.util.function.Consumer<String> w = text -> out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        w.accept("%PDF-1.4\n");
        offsets.add(out.size());
        w.accept("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(4 + 2 * i).append(" 0 R ");
        }
        offsets.add(out.size());
        w.accept("2 0 obj << /Type /Pages /Kids [" + kids + "] /Count " + pages + " >> endobj\n");
        offsets.add(out.size());
        w.accept("3 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n");
        for (int i = 0; i < pages; i++) {
            String text = "BT /F1 11 Tf 72 720 Td (Page " + i + ": each member keeps a list of notes with a title and a body.) Tj ET";
            offsets.add(out.size());
            w.accept((4 + 2 * i) + " 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
                    + " /Contents " + (5 + 2 * i) + " 0 R >> endobj\n");
            offsets.add(out.size());
            w.accept((5 + 2 * i) + " 0 obj << /Length " + text.length() + " >> stream\n" + text + "\nendstream endobj\n");
        }
        int xref = out.size();
        w.accept("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> w.accept(String.format("%010d 00000 n \n", o)));
        w.accept("trailer << /Size " + (offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
