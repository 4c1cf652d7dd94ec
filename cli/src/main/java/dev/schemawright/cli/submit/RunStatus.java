package dev.schemawright.cli.submit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The parts of ingest-service's run view that {@code submit} acts on (the API answers more; unknown fields are fine). */
public record RunStatus(String runId, String status, boolean created, List<Artifact> artifacts, List<String> errors) {
    static final String PUBLISHED = "published";
    static final String FAILED = "failed";

    public record Artifact(String name, long size, String sha256, String href) {
    }

    boolean finished() {
        return PUBLISHED.equals(status) || FAILED.equals(status);
    }

    static RunStatus of(JsonNode run, boolean created) {
        List<Artifact> artifacts = new ArrayList<>();
        for (JsonNode a : run.path("artifacts")) {
            artifacts.add(new Artifact(a.path("name").asText(), a.path("size").asLong(-1), a.path("sha256").asText(""), a.path("href").asText()));
        }
        List<String> errors = new ArrayList<>();
        for (JsonNode e : run.path("errors")) {
            errors.add(e.path("stage").asText("?") + ": " + e.path("reason").asText(""));
            for (JsonNode d : e.path("diagnostics")) {
                List<String> sources = new ArrayList<>();
                d.path("sources").forEach(s -> sources.add(s.asText()));
                errors.add("  " + (sources.isEmpty() ? "" : String.join(", ", sources) + ": ") + d.path("code").asText("") + ": "
                        + d.path("message").asText(""));
            }
        }
        return new RunStatus(run.path("runId").asText(), run.path("status").asText("?"), created, artifacts, errors);
    }
}
