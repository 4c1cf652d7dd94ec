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
 * The calls the CLI makes to ingest-service's public API: upload a run or a batch, read a run's or a batch's status,
 * download an artifact. Every call carries {@code Authorization: Bearer KEY} (the caller's, see
 * {@link SubmitCommand#apiKey}).
 * Error answers (RFC 9457 problem+json) become one readable {@link UserError} naming each document's reason.
 */
public final class IngestApi {
    static final String FILES_FIELD = "files";
    static final String BATCH_FIELD = "file";
    private static final ObjectMapper JSON = JsonCodec.mapper();

    private final URI server;
    private final String apiKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public IngestApi(URI server, String apiKey) {
        this.server = server;
        this.apiKey = apiKey;
    }

    /** Every call carries the key in the Authorization header (never in the URL, where it would end up in logs). */
    private HttpRequest.Builder request(String path, Duration timeout) {
        return HttpRequest.newBuilder(server.resolve(path)).timeout(timeout).header("Authorization", "Bearer " + apiKey);
    }

    /** POST /v1/projects/{projectId}/runs; 202 = a new run, 200 = the same documents were uploaded before. */
    public RunStatus upload(String projectId, List<InputDocument> documents) {
        HttpResponse<byte[]> response = postAccepted("/v1/projects/" + projectId + "/runs", MultipartBody.ofFiles(FILES_FIELD, documents),
                Duration.ofMinutes(2), "upload rejected");
        return RunStatus.of(readJson(response), response.statusCode() == 202);
    }

    RunStatus status(String projectId, String runId) {
        return RunStatus.of(run(projectId, runId), false);
    }

    /** GET /v1/projects/{projectId}/runs/{runId}: the run view as the server answers it. */
    public JsonNode run(String projectId, String runId) {
        return getJson("/v1/projects/" + projectId + "/runs/" + runId, "status of run " + runId + " of project " + projectId + " unavailable");
    }

    /** POST /v1/batches with a zip whose top-level folders are projects; 202 = new batch, 200 = submitted before. */
    public JsonNode submitBatch(byte[] zip) {
        return readJson(postAccepted("/v1/batches", MultipartBody.ofFile(BATCH_FIELD, "batch.zip", "application/zip", zip),
                Duration.ofMinutes(5), "batch rejected"));
    }

    /** A multipart POST the API answers with 202 (created) or 200 (seen before); anything else is the user's error. */
    private HttpResponse<byte[]> postAccepted(String path, MultipartBody body, Duration timeout, String what) {
        HttpRequest request = request(path, timeout)
                .header("Content-Type", body.contentType())
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build();
        HttpResponse<byte[]> response = send(request);
        if (response.statusCode() != 200 && response.statusCode() != 202) {
            throw rejected(what, response);
        }
        return response;
    }

    /** GET /v1/batches/{batchId}: totals and one line per project. */
    public JsonNode batch(String batchId) {
        return getJson("/v1/batches/" + batchId, "status of batch " + batchId + " unavailable");
    }

    private JsonNode getJson(String path, String what) {
        HttpRequest request = request(path, Duration.ofSeconds(30)).header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> response = send(request);
        if (response.statusCode() != 200) {
            throw rejected(what, response);
        }
        return readJson(response);
    }

    byte[] download(String href) {
        HttpRequest request = request(href, Duration.ofMinutes(1)).GET().build();
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
            return UserError.answered(response.statusCode(), what + ": HTTP " + response.statusCode());
        }
        List<String> lines = new ArrayList<>();
        String code = problem.path("code").asText("");
        if (response.statusCode() == 401) {
            return UserError.answered(401, what + " (401): the server does not know SCHEMAWRIGHT_API_KEY; make a key with ./schemawright keys create TENANT");
        }
        lines.add(what + " (" + response.statusCode() + (code.isEmpty() ? "" : " " + code) + "): " + problem.path("detail").asText(
                problem.path("title").asText("")));
        JsonNode errors = problem.path("errors");
        if (errors.isArray() && errors.size() > 1) {
            for (JsonNode e : errors) {
                String where = firstText(e, "document", "field", "entry");
                lines.add("  " + (where.isEmpty() ? "" : where + ": ") + e.path("code").asText("") + ": " + e.path("message").asText(""));
            }
        }
        return UserError.answered(response.statusCode(), String.join("\n", lines));
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
