package dev.schemawright.cli.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/** When a process's class-data archive may be used: it exists, is not empty, and nothing it was made from is newer. */
final class ClassDataArchive {
    private ClassDataArchive() {
    }

    static boolean usable(Path archive, Path built) {
        try {
            if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
                return false;
            }
            FileTime made = Files.getLastModifiedTime(archive);
            try (Stream<Path> files = Files.walk(built)) {
                return files.filter(p -> p.toString().endsWith(".jar"))
                        .noneMatch(p -> lastModified(p).compareTo(made) > 0);
            }
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Removes a stale archive (the JVM writes the new one when the process exits) and makes its folder. */
    static void prepare(Path archive) {
        try {
            Files.createDirectories(archive.getParent());
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            // no archive then: the process starts as it always did
        }
    }

    private static FileTime lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
