package dev.schemawright.cli;

import dev.schemawright.contracts.Ids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a run's artifacts into a folder, for {@code design} and {@code submit} alike. */
public final class ArtifactFolder {
    private ArtifactFolder() {
    }

    /**
     * Each file appears whole or not at all (written beside, then renamed), so an interrupted run leaves no torn file.
     * Names are checked again here: a name that came over HTTP must not climb out of the folder.
     */
    public static List<String> write(Path outDir, Map<String, byte[]> artifacts) {
        List<String> names = new ArrayList<>();
        try {
            Files.createDirectories(outDir);
            for (Map.Entry<String, byte[]> artifact : artifacts.entrySet()) {
                String name = artifact.getKey();
                if (!Ids.isArtifactName(name)) {
                    throw UserError.failed("refusing to write an artifact named '" + name + "'");
                }
                Path partial = outDir.resolve("." + name + ".partial");
                Files.write(partial, artifact.getValue());
                Files.move(partial, outDir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                names.add(name);
            }
        } catch (IOException e) {
            throw UserError.failed("cannot write " + outDir + ": " + e);
        }
        return names;
    }
}
