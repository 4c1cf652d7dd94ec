package dev.schemawright.contracts.model;

import dev.schemawright.contracts.Lists;
import java.util.List;
import java.util.Objects;

/** A finding as a value (not an exception): severity, a stable code, a message, and where it came from. */
public record Diagnostic(Severity severity, String code, String message, List<String> sources) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Lists.requireText(code, "diagnostic code");
        Objects.requireNonNull(message, "message");
        sources = Lists.copy(sources);
    }
}
