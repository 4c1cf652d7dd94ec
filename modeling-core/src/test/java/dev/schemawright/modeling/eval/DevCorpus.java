package dev.schemawright.modeling.eval;

import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.ingest.IngestResult;
import dev.schemawright.ingest.Ingestor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The dev corpus (corpus/dev/<project>/*.md) read through the real Ingestor, as the CLI does. */
public final class DevCorpus {
    public record Project(String id, List<Requirement> requirements, long bytes) {
    }

    static List<Project> load(Path root) throws IOException {
        return projects(root.resolve("corpus/dev"));
    }

    /**
     * {@link #projects(Path)}, with each project's requirements kept in {@code cache} (JSON) after the first ingest: the eval
     * loop designs the same documents again and again, and only the modeling changes between runs.
     */
    public static List<Project> cached(Path dir, Path cache) throws IOException {
        Path file = cache.resolve(dir.toAbsolutePath().normalize().toString().replaceAll("[^A-Za-z0-9]+", "_") + ".json");
        com.fasterxml.jackson.databind.ObjectMapper json = dev.schemawright.contracts.json.JsonCodec.mapper();
        if (Files.isRegularFile(file)) {
            return List.of(json.readValue(file.toFile(), Project[].class));
        }
        List<Project> projects = projects(dir);
        Files.createDirectories(cache);
        json.writeValue(file.toFile(), projects);
        return projects;
    }

    /** Every project folder of {@code dir}, its regular files ingested as one run. */
    public static List<Project> projects(Path dir) throws IOException {
        List<Project> out = new ArrayList<>();
        try (Stream<Path> projects = Files.list(dir)) {
            for (Path p : projects.filter(Files::isDirectory).sorted().toList()) {
                List<InputDocument> docs = new ArrayList<>();
                long bytes = 0;
                try (Stream<Path> files = Files.list(p)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        byte[] content = Files.readAllBytes(f);
                        bytes += content.length;
                        docs.add(new InputDocument(f.getFileName().toString(), null, content));
                    }
                }
                IngestResult r = new Ingestor().ingest(docs);
                out.add(new Project(p.getFileName().toString(), r.requirements(), bytes));
            }
        }
        return out;
    }

    /**
     * A PRD of about {@code bytes} bytes for the "50 KB PRD" speed target: the dev PRDs in folder order, cut at the last
     * whole line that fits (deterministic; several products in one document, so more candidate entities than usual).
     */
    static Project syntheticPrd(Path root, int bytes) throws IOException {
        StringBuilder text = new StringBuilder();
        int size = 0;
        try (Stream<Path> projects = Files.list(root.resolve("corpus/dev"))) {
            for (Path p : projects.filter(Files::isDirectory).sorted().toList()) {
                Path prd = p.resolve("prd.md");
                for (String line : Files.isRegularFile(prd) ? Files.readAllLines(prd) : List.<String>of()) {
                    int lineBytes = line.getBytes(StandardCharsets.UTF_8).length + 1;
                    if (size + lineBytes > bytes) {
                        return ingested("synthetic-prd-" + bytes / 1024 + "KB", text.toString());
                    }
                    text.append(line).append('\n');
                    size += lineBytes;
                }
            }
        }
        return ingested("synthetic-prd-" + bytes / 1024 + "KB", text.toString());
    }

    private static Project ingested(String id, String prd) {
        byte[] content = prd.getBytes(StandardCharsets.UTF_8);
        IngestResult r = new Ingestor().ingest(List.of(new InputDocument("prd.md", null, content)));
        return new Project(id, r.requirements(), content.length);
    }

    private DevCorpus() {
    }
}
