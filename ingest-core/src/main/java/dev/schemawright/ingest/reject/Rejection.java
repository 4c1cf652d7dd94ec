package dev.schemawright.ingest.reject;

import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.model.Severity;
import java.util.List;

/** Why one document was refused: a code from {@link RejectionCode} and a message that names the document. */
public record Rejection(String document, String code, String message) {
    public Diagnostic diagnostic() {
        return new Diagnostic(Severity.ERROR, code, message, List.of(document));
    }
}
