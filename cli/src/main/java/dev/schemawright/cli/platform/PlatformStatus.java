package dev.schemawright.cli.platform;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What the local platform consists of and how to show it: the processes, their pids and health, the URLs. */
final class PlatformStatus {
    /** In start order; the names are the pid-file names ServiceLauncher records. */
    static final List<String> PROCESSES = List.of("kafka", "s3", "ingest-service", "modeling-service", "render-service");

    private PlatformStatus() {
    }

    static void printUrls(PrintWriter out, PlatformLayout layout, LocalPorts ports) {
        out.println();
        out.println("  ingest API       " + ports.ingestUrl() + "/v1/projects/{projectId}/runs");
        out.println("  Swagger UI       " + ports.ingestUrl() + "/q/swagger-ui");
        out.println("  render SSE       " + ports.renderUrl() + "/v1/events/artifacts-ready");
        out.println("  S3 endpoint      " + ports.s3Endpoint() + "  (bucket schemawright, access key local / local-secret)");
        out.println("  Kafka bootstrap  " + ports.kafkaBootstrap());
        out.println("  logs             " + layout.logsDir());
        out.println();
        out.println("next: ./schemawright submit corpus/dev/<project>     stop: ./schemawright down");
    }

    /** The pid recorded for a process (first line of its pid file), if any. */
    static Optional<Long> recordedPid(PlatformLayout layout, String name) {
        Path file = layout.stateDir().resolve(name + ".pid");
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(Long.parseLong(Files.readAllLines(file, StandardCharsets.UTF_8).get(0).trim()))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** True when the service's /q/health/ready answers 200 within a second. */
    static boolean healthy(HttpClient http, int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(LocalPorts.url(port) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(1)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
