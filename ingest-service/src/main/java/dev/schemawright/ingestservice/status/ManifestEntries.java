package dev.schemawright.ingestservice.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.requirement.RunIds;
import dev.schemawright.ingestservice.status.RunProgress.ArtifactEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads render's {@code manifest.json} ({@code {"artifacts":[{name,size,sha256,contentType}]}}) into artifact entries,
 * followed by the manifest itself. Entries with an unsafe name are skipped: a name here becomes a download link.
 */
public final class ManifestEntries {
    public static final String MANIFEST = "manifest.json";

    private ManifestEntries() {
    }

    public static List<ArtifactEntry> parse(byte[] manifest) {
        JsonNode root;
        try {
            root = JsonCodec.mapper().readTree(manifest);
        } catch (IOException e) {
            throw new IllegalArgumentException("manifest.json is not JSON: " + e.getMessage(), e);
        }
        List<ArtifactEntry> out = new ArrayList<>();
        JsonNode list = root == null ? null : root.get("artifacts");
        if (list != null && list.isArray()) {
            for (JsonNode a : list) {
                String name = a.path("name").asText("");
                if (Ids.isArtifactName(name) && !name.equals(MANIFEST)) {
                    out.add(new ArtifactEntry(name, a.path("size").asLong(0), a.path("sha256").asText(null),
                            a.path("contentType").asText("application/octet-stream")));
                }
            }
        }
        out.add(new ArtifactEntry(MANIFEST, manifest.length, RunIds.sha256Hex(manifest), "application/json"));
        return List.copyOf(out);
    }
}
