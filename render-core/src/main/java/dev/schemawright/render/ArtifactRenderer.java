package dev.schemawright.render;

import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.render.mermaid.MermaidErRenderer;
import dev.schemawright.render.postgres.PostgresRenderer;
import dev.schemawright.render.prisma.PrismaRenderer;
import dev.schemawright.render.sqlite.SqliteRenderer;
import dev.schemawright.render.sqlmodel.SqlModelRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the render stage: one model in, every artifact out (manifest.json last, listing the others).
 * Pure Java, deterministic (same model, same bytes), thread-safe.
 */
public final class ArtifactRenderer {
    private final PostgresRenderer postgres = new PostgresRenderer();
    private final SqliteRenderer sqlite = new SqliteRenderer();
    private final PrismaRenderer prisma = new PrismaRenderer();
    private final SqlModelRenderer sqlModel = new SqlModelRenderer();
    private final MermaidErRenderer mermaid = new MermaidErRenderer();

    public List<Artifact> renderAll(SchemaModel model) {
        List<Artifact> artifacts = new ArrayList<>();
        artifacts.add(Artifact.text("schema.postgres.sql", "application/sql", postgres.render(model)));
        artifacts.add(Artifact.text("schema.sqlite.sql", "application/sql", sqlite.render(model)));
        artifacts.add(Artifact.text("schema.prisma", "text/plain", prisma.render(model)));
        artifacts.add(Artifact.text("models.py", "text/x-python", sqlModel.render(model)));
        artifacts.add(Artifact.text("erd.mmd", "text/vnd.mermaid", mermaid.render(model)));
        artifacts.add(Artifact.text("model.json", "application/json", JsonCodec.toPrettyString(model)));
        artifacts.add(manifest(artifacts));
        return List.copyOf(artifacts);
    }

    static Artifact manifest(List<Artifact> artifacts) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Artifact a : artifacts) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", a.name());
            e.put("size", a.size());
            e.put("sha256", a.sha256());
            e.put("contentType", a.contentType());
            entries.add(e);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("artifacts", entries);
        return Artifact.text("manifest.json", "application/json", JsonCodec.toPrettyString(root));
    }
}
