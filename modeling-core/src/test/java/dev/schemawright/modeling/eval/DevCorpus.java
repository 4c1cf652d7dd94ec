package dev.schemawright.modeling.eval;

import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.ingest.IngestResult;
import dev.schemawright.ingest.Ingestor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The dev corpus (corpus/dev/<project>/*.md) read through the real Ingestor, as the CLI does. */
final class DevCorpus {
    record Project(String id, List<Requirement> requirements, long bytes) {
    }

    static List<Project> load(Path root) throws IOException {
        Path dir = root.resolve("corpus/dev");
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

    private DevCorpus() {
    }
}
