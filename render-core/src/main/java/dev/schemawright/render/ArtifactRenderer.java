package dev.schemawright.render;

import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.model.SchemaModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the render stage: one model in, every artifact out (manifest.json last, listing the others).
 * Pure Java, deterministic (same model, same bytes), thread-safe.
 */
public final class ArtifactRenderer {

    public List<Artifact> renderAll(SchemaModel model) {
        List<Artifact> artifacts = new ArrayList<>();
        artifacts.add(Artifact.text("model.json", "application/json", JsonCodec.toPrettyString(model)));
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Artifact a : artifacts) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", a.name());
            e.put("size", a.size());
            e.put("sha256", a.sha256());
            e.put("contentType", a.contentType());
            entries.add(e);
        }
        artifacts.add(Artifact.text("manifest.json", "application/json", JsonCodec.toPrettyString(Map.of("artifacts", entries))));
        return List.copyOf(artifacts);
    }
}
