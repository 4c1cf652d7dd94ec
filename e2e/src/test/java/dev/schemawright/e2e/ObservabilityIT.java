package dev.schemawright.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemawright.contracts.event.Topics;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.e2e.OtlpReceiver.ReceivedSpan;
import dev.schemawright.platform.TopicReader;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an operator sees of one run, from the three service processes: one trace from the HTTP upload through both
 * Kafka hops to the artifacts (spans exported to an in-process OTLP receiver, trace context in the record headers),
 * the product's own Prometheus series at /q/metrics, and JSON log lines that name the project and the run.
 */
class ObservabilityIT {
    static final Duration WAIT = Duration.ofSeconds(90);
    static ServicePlatform platform;
    static String projectId;
    static String runId;

    @BeforeAll
    static void oneRun() throws IOException {
        platform = ServicePlatform.shared();
        PipelineEndToEndIT.platform = platform;
        projectId = "observed-" + System.nanoTime();
        Path project = PipelineEndToEndIT.firstProject();
        Response response = PipelineEndToEndIT.upload(projectId, PipelineEndToEndIT.documents(project));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(202);
        runId = response.jsonPath().getString("runId");
        PipelineEndToEndIT.awaitArtifactsReady(runId);
    }

    @Test
    void oneRunIsOneTraceFromTheUploadThroughBothKafkaHopsToTheArtifacts() {
        ReceivedSpan upload = await("the upload's server span", () -> platform.traces.spans().stream()
                .filter(s -> s.service().equals("ingest-service") && s.kind().equals("SPAN_KIND_SERVER"))
                .filter(s -> s.attributes().getOrDefault("url.path", "").equals("/v1/projects/" + projectId + "/runs"))
                .findFirst());
        String traceId = upload.traceId();
        Predicate<List<ReceivedSpan>> complete = spans -> has(spans, "render-service", "SPAN_KIND_PRODUCER", Topics.ARTIFACTS_READY);
        List<ReceivedSpan> trace = await("the artifacts-ready publish span in trace " + traceId,
                () -> Optional.of(platform.traces.trace(traceId)).filter(complete), () -> describe(platform.traces.trace(traceId)));

        // hop 1: ingest publishes requirements, modeling consumes them and publishes the model
        assertThat(has(trace, "ingest-service", "SPAN_KIND_PRODUCER", Topics.REQUIREMENT)).as(describe(trace)).isTrue();
        assertThat(has(trace, "modeling-service", "SPAN_KIND_CONSUMER", Topics.REQUIREMENT)).as(describe(trace)).isTrue();
        assertThat(has(trace, "modeling-service", "SPAN_KIND_PRODUCER", Topics.MODEL_READY)).as(describe(trace)).isTrue();
        // hop 2: render consumes the model and announces the artifacts
        assertThat(has(trace, "render-service", "SPAN_KIND_CONSUMER", Topics.MODEL_READY)).as(describe(trace)).isTrue();
        // every span but the upload's has its parent in the same trace: one tree, not fragments sharing an id
        for (ReceivedSpan span : trace) {
            if (span != upload && !span.parentSpanId().isEmpty()) {
                assertThat(trace).as("parent of %s", span.name()).anyMatch(p -> p.spanId().equals(span.parentSpanId()));
            }
        }
        // and the context travels in the record headers, for any consumer to continue the trace
        try (TopicReader reader = new TopicReader(platform.bootstrap(), Topics.ARTIFACTS_READY)) {
            ConsumerRecord<String, byte[]> record = reader.awaitFirst(r -> PipelineEndToEndIT.ofRun(r, runId), WAIT).orElseThrow();
            assertThat(TopicReader.header(record, "traceparent")).startsWith("00-" + traceId + "-");
        }
        Figures.record("trace of one run: " + trace.size() + " spans from " + trace.stream().map(ReceivedSpan::service).distinct().sorted().toList());
    }

    @Test
    void everyServiceExposesTheProductsOwnSeries() {
        // ingest counts the run published once it has consumed the artifacts-ready event the setup waited for
        String ingest = await("the published run counted", () -> Optional.of(metrics(platform.ingestUrl()))
                .filter(m -> value(m, "schemawright_runs_total{status=\"published\"}") >= 1
                        && value(m, "schemawright_upload_to_published_seconds_count") >= 1), () -> ownSeries(metrics(platform.ingestUrl())));
        assertThat(value(ingest, "schemawright_stage_duration_seconds_bucket{stage=\"ingest\"}")).isGreaterThanOrEqualTo(1);
        assertThat(ingest).containsPattern("(?m)^schemawright_consumer_lag\\{[^}]*topic=\"schemawright.artifacts-ready.v1\"");
        assertThat(ingest).containsPattern("(?m)^schemawright_dead_letters_total\\{[^}]*topic=\"schemawright.run-failed.v1.dlq\"");

        String modeling = metrics(platform.modelingUrl());
        assertThat(value(modeling, "schemawright_stage_duration_seconds_count{stage=\"modeling\"}")).isGreaterThanOrEqualTo(1);
        assertThat(modeling).containsPattern("(?m)^schemawright_consumer_lag\\{[^}]*topic=\"schemawright.requirement.v1\"");

        String render = metrics(platform.renderUrl());
        assertThat(value(render, "schemawright_stage_duration_seconds_count{stage=\"render\"}")).isGreaterThanOrEqualTo(1);

        // a poison record is counted where it is dead-lettered
        double before = value(modeling, "schemawright_dead_letters_total{topic=\"schemawright.requirement.v1.dlq\"}");
        TopicReader.send(platform.bootstrap(), Topics.REQUIREMENT, "poisoned", "{\"not\":\"an event\"".getBytes(StandardCharsets.UTF_8));
        await("a dead letter counted", () -> Optional.of(metrics(platform.modelingUrl()))
                .filter(m -> value(m, "schemawright_dead_letters_total{topic=\"schemawright.requirement.v1.dlq\"}") > before));
    }

    /** deploy/grafana's dashboard asks only for series the running services expose (Grafana itself is not here). */
    @Test
    void theGrafanaDashboardQueriesSeriesTheServicesExpose() throws IOException {
        JsonNode dashboard = JsonCodec.mapper().readTree(ServicePlatform.REPO.resolve("deploy/grafana/schemawright-dashboard.json").toFile());
        String exposed = metrics(platform.ingestUrl()) + metrics(platform.modelingUrl()) + metrics(platform.renderUrl());
        java.util.Set<String> queried = new java.util.TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                // metric names: identifiers with an underscore that are not called as a function
                Matcher m = Pattern.compile("\\b([a-z][a-z0-9]*_[a-z0-9_]+)\\b(?!\\s*\\()").matcher(target.path("expr").asText());
                while (m.find()) {
                    queried.add(m.group(1));
                }
            }
        }
        assertThat(queried).contains("schemawright_runs_total", "schemawright_consumer_lag", "schemawright_dead_letters_total",
                "schemawright_stage_duration_seconds_bucket", "schemawright_upload_to_published_seconds_bucket");
        for (String series : queried) {
            assertThat(exposed).as("a service exposes %s", series).containsPattern("(?m)^" + series + "[{ ]");
        }
    }

    @Test
    void jsonLogLinesNameTheProjectAndTheRun() throws IOException {
        for (String service : ServicePlatform.SERVICES) {
            Path log = platform.launcher.runDir().resolve("logs").resolve(service + ".log");
            List<JsonNode> lines = await(service + " log lines about run " + runId, () -> Optional.of(linesAbout(log)).filter(l -> !l.isEmpty()));
            for (JsonNode line : lines) {
                assertThat(line.path("mdc").path("projectId").asText()).as("%s: %s", service, line).isEqualTo(projectId);
                assertThat(line.path("level").asText()).isNotEmpty();
            }
        }
    }

    private static List<JsonNode> linesAbout(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("{"))
                    .map(l -> {
                        try {
                            return JsonCodec.mapper().readTree(l);
                        } catch (IOException e) {
                            throw new AssertionError("not JSON: " + l, e);
                        }
                    })
                    .filter(n -> runId.equals(n.path("mdc").path("runId").asText()))
                    .toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String metrics(String baseUrl) {
        return given().baseUri(baseUrl).get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /**
     * The sum of the series {@code name{labels}} over every line whose labels include the given ones (other labels,
     * timestamps and exemplars ignored); 0 when there is none.
     */
    static double value(String metrics, String series) {
        int brace = series.indexOf('{');
        String name = brace < 0 ? series : series.substring(0, brace);
        List<String> wanted = brace < 0 ? List.of() : List.of(series.substring(brace + 1, series.length() - 1).split(","));
        double sum = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            // name{labels} value [timestamp] [# {exemplar} value timestamp]: with tracing on, OpenMetrics adds exemplars
            String sample = line.contains(" # ") ? line.substring(0, line.indexOf(" # ")) : line;
            int end = sample.indexOf('}') >= 0 ? sample.indexOf('}') + 1 : sample.indexOf(' ');
            String key = sample.substring(0, end);
            String lineName = key.contains("{") ? key.substring(0, key.indexOf('{')) : key;
            if (lineName.equals(name) && wanted.stream().allMatch(key::contains)) {
                double v = Double.parseDouble(sample.substring(end).strip().split(" ")[0]);
                sum += Double.isNaN(v) ? 0 : v;
            }
        }
        return sum;
    }

    private static boolean has(List<ReceivedSpan> spans, String service, String kind, String topic) {
        return spans.stream().anyMatch(s -> s.service().equals(service) && s.kind().equals(kind) && s.name().contains(topic));
    }

    private static String describe(List<ReceivedSpan> spans) {
        StringBuilder b = new StringBuilder("trace:");
        spans.forEach(s -> b.append("\n  ").append(s.service()).append(" ").append(s.kind()).append(" ").append(s.name()));
        return b.toString();
    }

    /** The product's own lines of a /q/metrics answer, but the histogram buckets: what a failed wait saw. */
    private static String ownSeries(String metrics) {
        return metrics.lines().filter(l -> l.startsWith("schemawright_runs") || l.startsWith("schemawright_upload_to_published_seconds_count")
                || l.startsWith("schemawright_stage_duration_seconds_count")).collect(java.util.stream.Collectors.joining("\n"));
    }

    static <T> T await(String what, Supplier<Optional<T>> probe) {
        return await(what, probe, () -> "");
    }

    /** {@code seen}: what the last look found, in the failure message. */
    static <T> T await(String what, Supplier<Optional<T>> probe, Supplier<String> seen) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no " + what + " within " + WAIT.toSeconds() + " s\n" + seen.get());
    }
}
