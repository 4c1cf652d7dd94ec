package dev.schemawright.cli.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemawright.cli.UserError;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.requirement.InputDocument;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The three calls {@code submit} makes to ingest-service's public API: upload a run, read its status, download an
 * artifact. Error answers (RFC 9457 problem+json) become one readable {@link UserError} naming each document's reason.
 */
final class IngestApi {
    static final String FILES_FIELD = "files";
    private static final ObjectMapper JSON = JsonCodec.mapper();

    private final URI server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    IngestApi(URI server) {
        this.server = server;
    }

    /** POST /v1/projects/{projectId}/runs; 202 = a new run, 200 = the same documents were uploaded before. */
    RunStatus upload(String projectId, List<InputDocument> documents) {
        MultipartBody body = MultipartBody.ofFiles(FILES_FIELD, documents);
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/v1/projects/" + projectId + "/runs"))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", body.contentType())
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build();
        HttpResponse<byte[]> response = send(request);
        if (response.statusCode() != 200 && response.statusCode() != 202) {
            throw rejected("upload rejected", response);
        }
        return RunStatus.of(readJson(response), response.statusCode() == 202);
    }

    RunStatus status(String projectId, String runId) {
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/v1/projects/" + projectId + "/runs/" + runId))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> response = send(request);
        if (response.statusCode() != 200) {
            throw rejected("status of run " + runId + " unavailable", response);
        }
        return RunStatus.of(readJson(response), false);
    }

    byte[] download(String href) {
        HttpRequest request = HttpRequest.newBuilder(server.resolve(href)).timeout(Duration.ofMinutes(1)).GET().build();
        HttpResponse<byte[]> response = send(request);
        if (response.statusCode() != 200) {
            throw rejected("download of " + href + " failed", response);
        }
        return response.body();
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException e) {
            throw UserError.failed("cannot reach ingest-service at " + server + " (connection refused); start it with ./schemawright up,"
                    + " or pass --server URL");
        } catch (HttpTimeoutException e) {
            throw UserError.failed("ingest-service at " + server + " did not answer in time (" + request.method() + " " + request.uri().getPath() + ")");
        } catch (IOException e) {
            throw UserError.failed("talking to ingest-service at " + server + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UserError.failed("interrupted");
        }
    }

    private static JsonNode readJson(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw UserError.failed("ingest-service answered " + response.statusCode() + " with a body that is not JSON");
        }
    }

    /** "upload rejected (415 binary-content): logo.png: not a text document" plus one line per further finding. */
    static UserError rejected(String what, HttpResponse<byte[]> response) {
        JsonNode problem;
        try {
            problem = JSON.readTree(response.body());
        } catch (IOException e) {
            problem = null;
        }
        if (problem == null || !problem.isObject()) {
            return UserError.failed(what + ": HTTP " + response.statusCode());
        }
        List<String> lines = new ArrayList<>();
        String code = problem.path("code").asText("");
        lines.add(what + " (" + response.statusCode() + (code.isEmpty() ? "" : " " + code) + "): " + problem.path("detail").asText(
                problem.path("title").asText("")));
        JsonNode errors = problem.path("errors");
        if (errors.isArray() && errors.size() > 1) {
            for (JsonNode e : errors) {
                String where = firstText(e, "document", "field", "entry");
                lines.add("  " + (where.isEmpty() ? "" : where + ": ") + e.path("code").asText("") + ": " + e.path("message").asText(""));
            }
        }
        return UserError.failed(String.join("\n", lines));
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String f : fields) {
            if (node.hasNonNull(f)) {
                return node.get(f).asText();
            }
        }
        return "";
    }
}
