package dev.schemawright.e2e.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.contracts.event.ArtifactsReadyEvent;
import dev.schemawright.contracts.event.Topics;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.contracts.requirement.RunIds;
import dev.schemawright.contracts.tenant.ProjectRef;
import dev.schemawright.ingest.IngestResult;
import dev.schemawright.ingest.Ingestor;
import dev.schemawright.modeling.SchemaDesigner;
import dev.schemawright.platform.TopicReader;
import dev.schemawright.render.Artifact;
import dev.schemawright.render.ArtifactRenderer;
import dev.schemawright.storage.ObjectInfo;
import dev.schemawright.storage.keys.ApiKeyStore;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A batch of 200 projects while the platform is abused, in order: kill -9 modeling-service, render-service and
 * ingest-service (each restarted), kill -9 the broker and start it again on the same data, then storage frozen for
 * 30 s. Afterwards every run is published with exactly one artifacts-ready event and one artifact set, equal to what the
 * in-process path makes.
 */
class ChaosIT {
    static final int PROJECTS = Integer.getInteger("chaos.projects", 200);
    static final Duration FINISH = Duration.ofMinutes(25);
    static final String TENANT = "chaos";
    static final List<String> NINE = List.of("design.md", "db-plan.md", "schema.postgres.sql", "schema.sqlite.sql", "schema.prisma",
            "models.py", "erd.mmd", "model.json", "manifest.json");

    record Project(String projectId, Map<String, byte[]> files) {
    }

    static List<Project> projects() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String corpus : List.of("corpus/dev", "corpus/examples")) {
            try (Stream<Path> dirs = Files.list(ProcessPlatform.REPO.resolve(corpus))) {
                dirs.filter(Files::isDirectory).sorted().forEach(sources::add);
            }
        }
        List<Project> out = new ArrayList<>();
        for (int i = 0; i < PROJECTS; i++) {
            Path source = sources.get(i % sources.size());
            Map<String, byte[]> files = new TreeMap<>();
            try (Stream<Path> docs = Files.list(source)) {
                for (Path f : docs.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                    files.put(f.getFileName().toString(), Files.readAllBytes(f));
                }
            }
            out.add(new Project(String.format("chaos-%03d", i), files));
        }
        return out;
    }

    static byte[] tarGz(List<Project> projects) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Project p : projects) {
                for (var f : p.files().entrySet()) {
                    TarArchiveEntry entry = new TarArchiveEntry(p.projectId() + "/" + f.getKey());
                    entry.setSize(f.getValue().length);
                    tar.putArchiveEntry(entry);
                    tar.write(f.getValue());
                    tar.closeArchiveEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    static String runId(Project p) {
        return RunIds.runId(new ProjectRef(TENANT, p.projectId()), documents(p));
    }

    static List<InputDocument> documents(Project p) {
        return p.files().entrySet().stream().map(e -> new InputDocument(e.getKey(), null, e.getValue())).toList();
    }

    @Test
    void everyRunIsPublishedOnceThroughCrashesAndOutages() throws Exception {
        List<Project> projects = projects();
        Map<String, Project> byRun = new LinkedHashMap<>();
        projects.forEach(p -> byRun.put(runId(p), p));
        byte[] archive = tarGz(projects);
        long started = System.nanoTime();
        List<String> timeline = new ArrayList<>();
        // what is tested here is durability, not the design budget: a busy machine must not fail a large project's design
        try (ProcessPlatform platform = new ProcessPlatform("chaos-run", Map.of("schemawright.modeling.design-timeout", "PT120S"));
             TopicReader announcements = new TopicReader(platform.bootstrap, Topics.ARTIFACTS_READY)) {
            String key = new ApiKeyStore(platform.store).create(TENANT, false, "ChaosIT");
            Response batch = postBatch(platform, key, archive);
            assertThat(batch.statusCode()).as(batch.asString()).isEqualTo(202);
            IntSupplier published = () -> (int) announcements.readFor(Duration.ofMillis(200)).stream()
                    .map(ChaosIT::runOf).filter(byRun::containsKey).distinct().count();

            awaitProgress(published, PROJECTS / 8, timeline, "before the first crash");
            platform.kill9("modeling-service");
            timeline.add(step(started, "kill -9 modeling-service; back in " + platform.start("modeling-service").toMillis() + " ms"));
            awaitProgress(published, PROJECTS / 4, timeline, "after modeling");
            platform.kill9("render-service");
            timeline.add(step(started, "kill -9 render-service; back in " + platform.start("render-service").toMillis() + " ms"));
            awaitProgress(published, 3 * PROJECTS / 8, timeline, "after render");
            platform.kill9("ingest-service");
            timeline.add(step(started, "kill -9 ingest-service; back in " + platform.start("ingest-service").toMillis() + " ms"));
            // a client whose batch upload was cut off posts it again: the same batch, its unsubmitted projects resumed
            Response again = postBatch(platform, key, archive);
            assertThat(again.statusCode()).as(again.asString()).isIn(200, 202);
            awaitProgress(published, PROJECTS / 2, timeline, "after ingest");
            platform.kill9("kafka");
            timeline.add(step(started, "kill -9 kafka; back on the same data in " + platform.start("kafka").toMillis() + " ms"));
            awaitProgress(published, 5 * PROJECTS / 8, timeline, "after the broker");
            platform.freeze("s3");
            timeline.add(step(started, "storage frozen (SIGSTOP)"));
            Thread.sleep(30_000);
            platform.thaw("s3");
            timeline.add(step(started, "storage back (SIGCONT) after 30 s"));
            awaitProgress(published, PROJECTS, timeline, "to the end");

            // give late duplicates a chance to show before counting
            List<ConsumerRecord<String, byte[]>> all = announcements.readFor(Duration.ofSeconds(10));
            Map<String, Long> perRun = all.stream().map(ChaosIT::runOf).filter(byRun::containsKey)
                    .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
            long duplicated = perRun.values().stream().mapToLong(n -> n - 1).sum();
            int lost = 0;
            List<String> problems = new ArrayList<>();
            for (var e : byRun.entrySet()) {
                Project p = e.getValue();
                String status = given().baseUri(platform.url("ingest-service")).header("Authorization", "Bearer " + key)
                        .get("/v1/projects/{p}/runs/{r}", p.projectId(), e.getKey()).then().extract().path("status");
                if (!"published".equals(status)) {
                    lost++;
                    problems.add(p.projectId() + " is " + status);
                }
            }
            long wall = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            ReliabilityFigures.record(String.format("chaos: %d runs submitted, %d published, %d lost, %d duplicated artifacts-ready events, "
                    + "wall time %d s; %s", PROJECTS, perRun.size(), lost, duplicated, wall, String.join("; ", timeline)));
            assertThat(problems).as("runs not published").isEmpty();
            assertThat(perRun).as("every run announced").hasSize(PROJECTS);
            assertThat(duplicated).as("duplicate artifacts-ready events").isZero();

            // one artifact set per run, equal to the in-process path's
            Ingestor ingestor = new Ingestor();
            SchemaDesigner designer = new SchemaDesigner();
            ArtifactRenderer renderer = new ArtifactRenderer();
            for (var e : byRun.entrySet()) {
                Project p = e.getValue();
                String prefix = ObjectKeys.runPrefix(TENANT, p.projectId(), e.getKey());
                List<String> names = platform.store.list(prefix).stream().map(ObjectInfo::key).map(k -> k.substring(prefix.length()))
                        .filter(k -> !k.startsWith("input/") && !k.equals("run.json")).sorted().toList();
                assertThat(names).as("the artifact set of " + p.projectId()).containsExactlyInAnyOrderElementsOf(NINE);
                IngestResult ingested = ingestor.ingest(documents(p));
                Map<String, byte[]> expected = new HashMap<>();
                for (Artifact a : renderer.renderAll(designer.design(p.projectId(), ingested.requirements()))) {
                    expected.put(a.name(), a.content());
                }
                for (String name : NINE) {
                    assertThat(platform.store.get(prefix + name).orElseThrow().bytes()).as(p.projectId() + " " + name)
                            .isEqualTo(expected.get(name));
                }
            }
        }
    }

    static Response postBatch(ProcessPlatform platform, String key, byte[] archive) {
        return given().baseUri(platform.url("ingest-service")).header("Authorization", "Bearer " + key)
                .multiPart("file", "chaos.tar.gz", archive, "application/gzip").post("/v1/batches");
    }

    static String runOf(ConsumerRecord<String, byte[]> r) {
        return JsonCodec.fromBytes(r.value(), ArtifactsReadyEvent.class).runId();
    }

    static void awaitProgress(IntSupplier published, int target, List<String> timeline, String phase) throws InterruptedException {
        long deadline = System.nanoTime() + FINISH.toNanos();
        int now = published.getAsInt();
        while (now < target && System.nanoTime() < deadline) {
            Thread.sleep(500);
            now = published.getAsInt();
        }
        timeline.add(now + " published " + phase);
        assertThat(now).as("published " + phase).isGreaterThanOrEqualTo(target);
    }

    static String step(long started, String what) {
        return "t+" + Duration.ofNanos(System.nanoTime() - started).toSeconds() + "s " + what;
    }
}
