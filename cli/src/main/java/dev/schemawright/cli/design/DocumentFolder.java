package dev.schemawright.cli.design;

import dev.schemawright.cli.UserError;
import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.requirement.InputDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents of one project folder: every regular file directly inside it, by name; hidden files (".DS_Store",
 * ".gitkeep") and subfolders are not documents. Roles are left for ingest to infer, as the HTTP upload does.
 */
public final class DocumentFolder {
    /** Larger files are refused before reading them into memory; ingest applies its own, smaller limit. */
    public static final long READ_LIMIT_BYTES = 64L * 1024 * 1024;

    private DocumentFolder() {
    }

    /**
     * The project id of a folder: {@code explicit} when given (a usage error when that is not a valid id, so nothing is sent
     * or written under a name that cannot be a path or key segment), else the folder's own name made valid
     * ({@link Ids#projectIdFrom}).
     */
    public static String projectId(Path dir, String explicit) {
        Path absolute = dir.toAbsolutePath().normalize();
        String folder = absolute.getFileName() == null ? absolute.toString() : absolute.getFileName().toString();
        String projectId = explicit != null ? explicit : Ids.projectIdFrom(folder);
        if (!Ids.isProjectId(projectId)) {
            String what = explicit != null ? "--project '" + explicit + "'" : "folder name '" + folder + "'";
            throw UserError.usage(what + " is not a valid project id (" + ProjectDesign.PROJECT_ID_RULE + ")"
                    + (explicit == null ? "; pass --project ID" : ""));
        }
        return projectId;
    }

    public static List<Path> documentFiles(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw UserError.failed("cannot list " + dir + ": " + e.getMessage());
        }
    }

    public static List<InputDocument> read(Path dir) {
        List<InputDocument> documents = new ArrayList<>();
        for (Path file : documentFiles(dir)) {
            String name = file.getFileName().toString();
            try {
                long size = Files.size(file);
                if (size > READ_LIMIT_BYTES) {
                    throw UserError.failed(name + ": document-too-large: " + size + " bytes, the limit is " + READ_LIMIT_BYTES);
                }
                documents.add(new InputDocument(name, null, Files.readAllBytes(file)));
            } catch (IOException e) {
                throw UserError.failed(name + ": cannot read: " + e.getMessage());
            }
        }
        return documents;
    }
}
