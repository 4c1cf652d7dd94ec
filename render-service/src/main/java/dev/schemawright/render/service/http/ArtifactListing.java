package dev.schemawright.render.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.requirement.RunIds;
import dev.schemawright.contracts.tenant.ProjectRef;
import dev.schemawright.render.service.publish.RunPublisher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A run's artifacts as read from its manifest (the run's durable record), followed by the manifest itself. */
public record ArtifactListing(String projectId, String runId, String prefix, List<Entry> artifacts) {

    public record Entry(String name, String key, long size, String sha256, String contentType, String href) {
    }

    static ArtifactListing fromManifest(ProjectRef project, String runId, byte[] manifest, String basePath) {
        String projectId = project.projectId();
        JsonNode root;
        try {
            root = JsonCodec.mapper().readTree(manifest);
        } catch (IOException e) {
            throw new IllegalStateException("manifest of run " + runId + " is not JSON: " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode a : root.path("artifacts")) {
            String name = a.path("name").asText("");
            // a name here becomes a key and a link: only safe names, and never the manifest twice
            if (Ids.isArtifactName(name) && !name.equals(RunPublisher.MANIFEST)) {
                entries.add(entry(project, runId, name, a.path("size").asLong(), a.path("sha256").asText(),
                        a.path("contentType").asText("application/octet-stream"), basePath));
            }
        }
        entries.add(entry(project, runId, RunPublisher.MANIFEST, manifest.length, RunIds.sha256Hex(manifest), "application/json", basePath));
        return new ArtifactListing(projectId, runId, ObjectKeys.runPrefix(project.tenantId(), projectId, runId), List.copyOf(entries));
    }

    private static Entry entry(ProjectRef project, String runId, String name, long size, String sha256, String contentType, String basePath) {
        return new Entry(name, ObjectKeys.artifact(project.tenantId(), project.projectId(), runId, name), size, sha256, contentType,
                basePath + "/" + name);
    }
}
