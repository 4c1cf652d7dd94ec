package dev.schemawright.render;

import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.render.docs.DbPlanRenderer;
import dev.schemawright.render.docs.DesignDocRenderer;
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
 * Entry point of the render stage: one model in, every artifact out, in a fixed order with manifest.json last
 * (listing name, size, sha256 and content type of the others). Pure Java, deterministic (same model, same bytes),
 * thread-safe: the renderers keep no state between calls.
 */
public final class ArtifactRenderer {
    /** Artifact names in output order (manifest.json last). */
    public static final List<String> NAMES = List.of("design.md", "db-plan.md", "schema.postgres.sql", "schema.sqlite.sql", "schema.prisma",
            "models.py", "erd.mmd", "model.json", "manifest.json");

    private final PostgresRenderer postgres = new PostgresRenderer();
    private final SqliteRenderer sqlite = new SqliteRenderer();
    private final PrismaRenderer prisma = new PrismaRenderer();
    private final SqlModelRenderer sqlModel = new SqlModelRenderer();
    private final MermaidErRenderer mermaid = new MermaidErRenderer();
    private final DesignDocRenderer designDoc = new DesignDocRenderer();
    private final DbPlanRenderer dbPlan = new DbPlanRenderer();

    public List<Artifact> renderAll(SchemaModel model) {
        String erd = mermaid.render(model);
        String models = sqlModel.render(model);
        String prismaSchema = prisma.render(model);
        List<Artifact> artifacts = new ArrayList<>();
        artifacts.add(Artifact.text("design.md", "text/markdown; charset=utf-8", designDoc.render(model, erd, models, prismaSchema)));
        artifacts.add(Artifact.text("db-plan.md", "text/markdown; charset=utf-8", dbPlan.render(model, erd)));
        artifacts.add(Artifact.text("schema.postgres.sql", "application/sql; charset=utf-8", postgres.render(model)));
        artifacts.add(Artifact.text("schema.sqlite.sql", "application/sql; charset=utf-8", sqlite.render(model)));
        artifacts.add(Artifact.text("schema.prisma", "text/plain; charset=utf-8", prismaSchema));
        artifacts.add(Artifact.text("models.py", "text/x-python; charset=utf-8", models));
        artifacts.add(Artifact.text("erd.mmd", "text/vnd.mermaid; charset=utf-8", erd));
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
