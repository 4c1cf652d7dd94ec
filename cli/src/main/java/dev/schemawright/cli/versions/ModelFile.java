package dev.schemawright.cli.versions;

import dev.schemawright.cli.UserError;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.json.JsonCodec.MalformedEventException;
import dev.schemawright.contracts.model.SchemaModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A design's model.json, given as the file itself or as a run folder holding it (what design and submit write). */
final class ModelFile {
    static final String NAME = "model.json";
    /** model.json files are a few hundred KB; a bigger file is not one (and is not read into memory). */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private ModelFile() {
    }

    static SchemaModel read(Path path) {
        if (!Files.exists(path)) {
            throw UserError.usage(path + " does not exist (expected a run folder or a model.json)");
        }
        Path file = Files.isDirectory(path) ? path.resolve(NAME) : path;
        if (!Files.isRegularFile(file)) {
            throw UserError.failed(path + " has no " + NAME + " (expected a folder written by design or submit, or a model.json)");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw UserError.failed(file + ": " + Files.size(file) + " bytes is too large for a model.json");
            }
            return JsonCodec.fromBytes(Files.readAllBytes(file), SchemaModel.class);
        } catch (MalformedEventException | IllegalArgumentException e) {
            throw UserError.failed(file + ": not a Schemawright model.json (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw UserError.failed("cannot read " + file + ": " + e);
        }
    }
}
