package dev.schemawright.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Measured figures: printed, and appended to e2e/target/e2e-figures.txt (timings are reported, never asserted). */
final class Figures {
    private Figures() {
    }

    static void record(String line) {
        System.out.println("[e2e figure] " + line);
        Path file = ServicePlatform.REPO.resolve("e2e/target/e2e-figures.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
