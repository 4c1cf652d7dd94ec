package dev.schemawright.cli.submit;

import dev.schemawright.cli.UserError;
import dev.schemawright.cli.design.DocumentFolder;
import dev.schemawright.contracts.requirement.InputDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code submit --batch ROOT}: the zip {@code POST /v1/batches} takes, one top-level folder per project. Each
 * subfolder contributes the same files {@code design --batch} reads (regular, non-hidden, directly inside). Entries have
 * a fixed time, so the same folders give the same bytes (and the server answers 200 for a batch it has seen).
 */
public final class BatchArchive {
    private static final FileTime EPOCH = FileTime.fromMillis(0);

    private BatchArchive() {
    }

    record Archive(byte[] zip, List<String> projects, int documents) {
    }

    static Archive of(List<Path> projectFolders) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int documents = 0;
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path folder : projectFolders) {
                String project = folder.getFileName().toString();
                for (Path file : DocumentFolder.documentFiles(folder)) {
                    if (Files.size(file) > DocumentFolder.READ_LIMIT_BYTES) {
                        throw UserError.failed(project + "/" + file.getFileName() + ": document-too-large: " + Files.size(file) + " bytes");
                    }
                    putEntry(zip, project + "/" + file.getFileName());
                    Files.copy(file, zip);
                    zip.closeEntry();
                    documents++;
                }
            }
        } catch (IOException e) {
            throw UserError.failed("cannot pack the batch: " + e.getMessage());
        }
        return new Archive(bytes.toByteArray(), projectFolders.stream().map(p -> p.getFileName().toString()).toList(), documents);
    }

    /** The same archive from documents in memory (the bench's generated projects), in the given project order. */
    public static byte[] ofDocuments(Map<String, List<InputDocument>> projects) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, List<InputDocument>> project : projects.entrySet()) {
                for (InputDocument doc : project.getValue()) {
                    putEntry(zip, project.getKey() + "/" + doc.name());
                    zip.write(doc.content());
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw UserError.failed("cannot pack the batch: " + e.getMessage());
        }
        return bytes.toByteArray();
    }

    private static void putEntry(ZipOutputStream zip, String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(EPOCH);
        zip.putNextEntry(entry);
    }
}
