package dev.schemawright.ingestservice.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One finding inside a {@link Problem}: where ({@code document}, {@code field} or archive {@code entry}), a stable
 * code, a message, and for document diagnostics the severity.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemError(String document, String field, String entry, String code, String severity, String message) {

    public static ProblemError forDocument(String document, String code, String severity, String message) {
        return new ProblemError(document, null, null, code, severity, message);
    }

    public static ProblemError forField(String field, String code, String message) {
        return new ProblemError(null, field, null, code, null, message);
    }

    public static ProblemError forEntry(String entry, String code, String message) {
        return new ProblemError(null, null, entry, code, null, message);
    }
}
