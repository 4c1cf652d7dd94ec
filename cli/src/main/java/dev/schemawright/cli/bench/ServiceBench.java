package dev.schemawright.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemawright.cli.UserError;
import dev.schemawright.cli.bench.BenchProjects.Project;
import dev.schemawright.cli.bench.RunFeed.Ending;
import dev.schemawright.cli.submit.BatchArchive;
import dev.schemawright.cli.submit.IngestApi;
import dev.schemawright.cli.submit.RunStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The service path, through ingest-service's public API as a user drives it: one upload at a time (the time
 * {@code POST .../runs} takes to answer, and upload→published, heard on the run feed), then all projects in one
 * {@code POST /v1/batches} until every run has ended (throughput, and the CPU the five processes spent on it).
 */
public final class ServiceBench {
    private final IngestApi api;
    private final RunFeed feed;
    private final Duration timeout;

    public ServiceBench(URI server, String apiKey, Duration timeout) {
        this.api = new IngestApi(server, apiKey);
        this.feed = RunFeed.open(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), server, apiKey);
        this.timeout = timeout;
    }

    /** One upload after another: {@code post} = until the POST answered, {@code published} = until the feed said published. */
    public record Uploads(Distribution post, Distribution published, int failed, int retried) {
    }

    /** Times an upload gets when the service answers 503 (storage or broker away: the API says to retry). */
    static final int UPLOAD_ATTEMPTS = 3;

    /** One batch: how long until every project had ended, how many published, the CPU time each process spent on it. */
    public record Batch(int projects, double seconds, int published, Map<String, Long> cpuMillisByProcess) {
        /** All the processes' CPU time, or empty when one could not be read. */
        public OptionalLong cpuMillis() {
            return cpuMillisByProcess.isEmpty() ? OptionalLong.empty()
                    : OptionalLong.of(cpuMillisByProcess.values().stream().mapToLong(Long::longValue).sum());
        }

        public double projectsPerMinute() {
            return projects * 60 / seconds;
        }
    }

    public Uploads uploads(List<Project> projects) {
        List<Double> post = new ArrayList<>();
        List<Double> published = new ArrayList<>();
        int failed = 0;
        int retried = 0;
        for (Project p : projects) {
            long start = System.nanoTime();
            RunStatus answer = null;
            for (int attempt = 1; answer == null; attempt++) {
                try {
                    answer = api.upload(p.projectId(), p.documents());
                } catch (UserError e) {
                    if (e.httpStatus() != 503 || attempt == UPLOAD_ATTEMPTS) {
                        throw e;
                    }
                    retried++;
                    start = System.nanoTime(); // the figure is of the upload that was taken
                }
            }
            post.add((System.nanoTime() - start) / 1e6);
            if (!answer.created()) {
                throw UserError.failed(p.projectId() + " was uploaded before (200): the bench needs fresh runs");
            }
            String runId = answer.runId();
            Ending ending = feed.await(p.projectId(), timeout).orElseThrow(() -> UserError.failed(
                    "run " + runId + " of " + p.projectId() + " did not end within " + timeout.toSeconds() + " s"));
            if (ending.published()) {
                published.add((ending.atNanos() - start) / 1e6);
            } else {
                failed++;
            }
        }
        return new Uploads(Distribution.of(post), Distribution.of(published), failed, retried);
    }

    /** Uploads the projects as one archive and waits until each has ended (published, failed, or rejected by ingest). */
    public Batch batch(List<Project> projects, Map<String, Long> pids) {
        Map<String, List<dev.schemawright.contracts.requirement.InputDocument>> byProject = new LinkedHashMap<>();
        projects.forEach(p -> byProject.put(p.projectId(), p.documents()));
        byte[] zip = BatchArchive.ofDocuments(byProject);
        List<String> ids = List.copyOf(byProject.keySet());
        Map<String, Long> cpu0 = cpu(pids);
        long start = System.nanoTime();
        JsonNode batch = api.submitBatch(zip);
        String batchId = batch.path("batchId").asText();
        long deadline = start + timeout.toNanos() * Math.max(1, projects.size() / 50);
        int rejected = 0;
        while (feed.awaitCount(ids, ids.size() - rejected, Duration.ofSeconds(2)) < ids.size() - rejected) {
            // a project ingest rejects never reaches the feed: the batch's own status names it
            rejected = rejected(api.batch(batchId));
            if (System.nanoTime() > deadline) {
                throw UserError.failed("batch " + batchId + ": " + feed.endings(ids).size() + " of " + ids.size()
                        + " projects ended within the bench's timeout");
            }
        }
        double seconds = (lastEnding(ids) - start) / 1e9;
        Map<String, Long> spent = new LinkedHashMap<>();
        cpu(pids).forEach((name, millis) -> {
            if (cpu0.containsKey(name)) {
                spent.put(name, millis - cpu0.get(name));
            }
        });
        int published = (int) feed.endings(ids).values().stream().filter(Ending::published).count();
        return new Batch(projects.size(), seconds, published, spent.size() == pids.size() ? spent : Map.of());
    }

    private long lastEnding(List<String> ids) {
        return feed.endings(ids).values().stream().mapToLong(Ending::atNanos).max().orElse(System.nanoTime());
    }

    private static int rejected(JsonNode batch) {
        int n = 0;
        for (JsonNode line : batch.path("projects")) {
            if ("rejected".equals(line.path("status").asText())) {
                n++;
            }
        }
        return n;
    }

    /** CPU time of each process that can be read. */
    static Map<String, Long> cpu(Map<String, Long> pids) {
        Map<String, Long> millis = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ProcessFigures.cpuMillis(pid).ifPresent(m -> millis.put(name, m)));
        return millis;
    }

    public void close() {
        feed.close();
    }
}
