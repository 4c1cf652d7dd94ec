package dev.schemawright.modeling.intake;

import java.util.List;
import java.util.Map;

/**
 * The requirements of one run after intake: {@code statements} may be built from; {@code excluded} are out of scope or
 * future (kept for open questions and to veto entities); {@code documents} holds each document's lines reassembled in
 * order, for readers that need blocks (SQL in planning notes); {@code code} holds the in-scope code blocks (SQL, box and ER
 * diagrams...), which prose readers never see.
 */
public record Intake(List<Statement> statements, List<Statement> excluded, Map<String, List<Statement>> documents, List<Statement> code) {
    public Intake {
        statements = List.copyOf(statements);
        excluded = List.copyOf(excluded);
        code = List.copyOf(code);
    }
}
