package dev.schemawright.ingest;

import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.requirement.RequirementKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small helpers for building inputs and looking at results in tests. */
final class Docs {
    private Docs() {
    }

    static InputDocument text(String name, String content) {
        return new InputDocument(name, null, content.getBytes(StandardCharsets.UTF_8));
    }

    static InputDocument bytes(String name, byte[] content) {
        return new InputDocument(name, null, content);
    }

    static IngestResult ingest(InputDocument... docs) {
        return new Ingestor().ingest(List.of(docs));
    }

    static byte[] resource(String path) {
        try (InputStream in = Docs.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Requirement only(IngestResult result, String textFragment) {
        List<Requirement> matches = result.requirements().stream().filter(r -> r.text().contains(textFragment)).toList();
        if (matches.size() != 1) {
            throw new AssertionError("expected one requirement containing '" + textFragment + "', got " + matches
                    + "\nall: " + result.requirements());
        }
        return matches.get(0);
    }

    static List<Requirement> ofKind(IngestResult result, RequirementKind kind) {
        return result.requirements().stream().filter(r -> r.kind() == kind).toList();
    }
}
