package dev.schemawright.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.Severity;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.contracts.requirement.Requirement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every document of the 14 dev projects parses without an ERROR and every requirement points at real lines. */
class CorpusIngestTest {
    static final Path CORPUS = Path.of("../corpus/dev");

    static List<Path> projects() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    static List<InputDocument> documents(Path project) throws IOException {
        List<InputDocument> docs = new ArrayList<>();
        try (Stream<Path> s = Files.list(project)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                docs.add(new InputDocument(p.getFileName().toString(), null, Files.readAllBytes(p)));
            }
        }
        return docs;
    }

    @Test
    void everyDevDocumentParsesWithProvenance() throws IOException {
        List<Path> projects = projects();
        assertThat(projects).hasSize(14);
        for (Path project : projects) {
            List<InputDocument> docs = documents(project);
            IngestResult result = new Ingestor().ingest(docs);
            assertThat(result.diagnostics()).as(project.toString()).noneMatch(d -> d.severity() == Severity.ERROR);
            assertThat(result.documents()).hasSize(docs.size());
            for (InputDocument doc : docs) {
                long lines = new String(doc.content(), java.nio.charset.StandardCharsets.UTF_8).lines().count();
                List<Requirement> own = result.requirements().stream().filter(r -> r.source().document().equals(doc.name())).toList();
                assertThat(own).as(doc.name() + " in " + project).isNotEmpty();
                for (Requirement r : own) {
                    assertThat(r.source().lineStart()).isBetween(1, (int) lines);
                    assertThat(r.source().lineEnd()).isBetween(r.source().lineStart(), (int) lines);
                    assertThat(r.text()).isNotBlank();
                }
            }
            assertThat(result.requirements().stream().map(Requirement::id).distinct().count())
                    .isEqualTo(result.requirements().size());
        }
    }
}
