package dev.schemawright.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemawright.cli.UserError;
import dev.schemawright.contracts.json.JsonCodec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The moment each run ends, as ingest-service announces it on {@code GET /v1/events/runs} (Server-Sent Events, the
 * caller's tenant only): the bench learns of a published run when a user's browser would, with no polling interval
 * added to the figure. Runs are known by project id (every bench project has its own).
 */
public final class RunFeed implements AutoCloseable {
    private static final ObjectMapper JSON = JsonCodec.mapper();

    /** How a run ended and when this process heard of it ({@link System#nanoTime()}). */
    public record Ending(String projectId, String runId, String status, long atNanos) {
        public boolean published() {
            return "published".equals(status);
        }
    }

    private final Map<String, Ending> endings = new HashMap<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    private RunFeed(CompletableFuture<HttpResponse<Stream<String>>> response) {
        this.response = response;
    }

    /** Subscribes and returns once the server answered the subscription (so no later change is missed). */
    public static RunFeed open(HttpClient http, URI server, String apiKey) {
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/v1/events/runs"))
                .header("Authorization", "Bearer " + apiKey).header("Accept", "text/event-stream").GET().build();
        RunFeed feed = new RunFeed(http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()));
        HttpResponse<Stream<String>> answered;
        try {
            answered = feed.response.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UserError.failed("interrupted");
        } catch (ExecutionException | TimeoutException e) {
            throw UserError.failed("cannot follow runs at " + server + "/v1/events/runs: " + e);
        }
        if (answered.statusCode() != 200) {
            throw UserError.failed("GET /v1/events/runs answered " + answered.statusCode() + " (is SCHEMAWRIGHT_API_KEY a key of this platform?)");
        }
        Thread reader = new Thread(() -> feed.read(answered.body()), "bench-run-feed");
        reader.setDaemon(true);
        reader.start();
        return feed;
    }

    private void read(Stream<String> lines) {
        try (lines) {
            lines.filter(l -> l.startsWith("data:")).forEach(l -> accept(l.substring(5).trim()));
        } catch (RuntimeException e) {
            // the stream ended (close, or the server went away): waiters time out and say so
        }
    }

    private void accept(String data) {
        long now = System.nanoTime();
        JsonNode run;
        try {
            run = JSON.readTree(data);
        } catch (IOException e) {
            return;
        }
        String status = run.path("status").asText();
        if (!"published".equals(status) && !"failed".equals(status)) {
            return;
        }
        String project = run.path("projectId").asText();
        synchronized (this) {
            endings.putIfAbsent(project, new Ending(project, run.path("runId").asText(), status, now));
            notifyAll();
        }
    }

    /** The ending of the project's run, waiting up to {@code timeout}; empty when it did not end in time. */
    public synchronized java.util.Optional<Ending> await(String projectId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!endings.containsKey(projectId)) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !waitNanos(left)) {
                return java.util.Optional.ofNullable(endings.get(projectId));
            }
        }
        return java.util.Optional.of(endings.get(projectId));
    }

    /** How many of {@code projectIds} have ended, waiting up to {@code wait} for that to reach {@code target}. */
    public synchronized int awaitCount(Collection<String> projectIds, int target, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        int ended = ended(projectIds);
        while (ended < target) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !waitNanos(left)) {
                break;
            }
            ended = ended(projectIds);
        }
        return ended;
    }

    public synchronized Map<String, Ending> endings(Collection<String> projectIds) {
        Map<String, Ending> out = new HashMap<>();
        for (String p : projectIds) {
            Ending e = endings.get(p);
            if (e != null) {
                out.put(p, e);
            }
        }
        return out;
    }

    private int ended(Collection<String> projectIds) {
        int n = 0;
        for (String p : projectIds) {
            if (endings.containsKey(p)) {
                n++;
            }
        }
        return n;
    }

    /** Waits on this monitor; false when interrupted. */
    private boolean waitNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(this, nanos);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
