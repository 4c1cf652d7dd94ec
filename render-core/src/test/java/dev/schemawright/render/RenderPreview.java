package dev.schemawright.render;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes every artifact of the test models to a folder, for running the real validators by hand. */
public final class RenderPreview {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/preview");
        for (var model : TestModels.all()) {
            Path dir = out.resolve(model.projectId());
            Files.createDirectories(dir);
            for (Artifact a : new ArtifactRenderer().renderAll(model)) {
                Files.write(dir.resolve(a.name()), a.content());
            }
        }
    }
}
