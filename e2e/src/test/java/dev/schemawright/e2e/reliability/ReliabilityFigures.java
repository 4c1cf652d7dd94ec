package dev.schemawright.e2e.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Figures of the reliability suites: printed, and appended to e2e/target/reliability-figures.txt. */
final class ReliabilityFigures {
    private ReliabilityFigures() {
    }

    static void record(String line) {
        System.out.println("[reliability figure] " + line);
        Path file = ProcessPlatform.REPO.resolve("e2e/target/reliability-figures.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
