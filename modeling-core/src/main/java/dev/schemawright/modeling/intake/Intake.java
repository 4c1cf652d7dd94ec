package dev.schemawright.modeling.intake;

import java.util.List;
import java.util.Map;

/**
 * The requirements of one run after intake: {@code statements} may be built from; {@code excluded} are out of scope or
 * future (kept for open questions and to veto entities); {@code documents} holds each document's lines reassembled in
 * order, for readers that need blocks (SQL in planning notes); {@code code} holds the in-scope code blocks (SQL, box and ER
 * diagrams...), which prose readers never see; {@code languages} is the language ingest detected for each document (ISO
 * 639-1; a document ingest said nothing of is missing: the reading phase then judges it from its text).
 */
public record Intake(List<Statement> statements, List<Statement> excluded, Map<String, List<Statement>> documents, List<Statement> code,
                     Map<String, String> languages) {
    public Intake {
        statements = List.copyOf(statements);
        excluded = List.copyOf(excluded);
        code = List.copyOf(code);
        languages = languages == null ? Map.of() : Map.copyOf(languages);
    }

    public Intake(List<Statement> statements, List<Statement> excluded, Map<String, List<Statement>> documents, List<Statement> code) {
        this(statements, excluded, documents, code, Map.of());
    }

    /** The language ingest gave {@code document}, or null. */
    public String language(String document) {
        return languages.get(document);
    }
}
