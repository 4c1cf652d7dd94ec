package dev.schemawright.render;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.SchemaModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every artifact of the hand-built models (and, with a count, of that many seeded random models, hostile names
 * included) to a folder, for running the real validators by hand: {@code RenderPreview OUT_DIR [RANDOM_COUNT]}.
 */
public final class RenderPreview {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/preview");
        int random = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        List<SchemaModel> models = new ArrayList<>(TestModels.all());
        for (int i = 0; i < random; i++) {
            models.add(GeneratedModels.generate("random-" + i, 3 + i % 25, 1000L + i, i % 2 == 0,
                    i % 3 == 0 ? AuthProvider.APPLICATION : AuthProvider.SUPABASE));
        }
        for (SchemaModel model : models) {
            Path dir = out.resolve(model.projectId());
            Files.createDirectories(dir);
            for (Artifact a : new ArtifactRenderer().renderAll(model)) {
                Files.write(dir.resolve(a.name()), a.content());
            }
        }
    }
}
