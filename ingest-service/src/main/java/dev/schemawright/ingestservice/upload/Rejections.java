package dev.schemawright.ingestservice.upload;

import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.ingest.reject.RejectionCode;
import dev.schemawright.ingestservice.problem.ApiProblem;
import dev.schemawright.ingestservice.problem.ProblemError;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns ingest's ERROR diagnostics into one HTTP answer. Each rejection code has its status (the team's table); when
 * documents fail for different reasons the most specific status wins: 413 (too large), then 415 (not a document we
 * read), then 422 (readable but unusable). The body lists every document's diagnostics.
 */
public final class Rejections {
    static final Map<String, Integer> STATUS_BY_CODE = Map.of(
            RejectionCode.EMPTY_DOCUMENT, 422,
            RejectionCode.UNSUPPORTED_MEDIA_TYPE, 415,
            RejectionCode.DOCUMENT_TOO_LARGE, 413,
            RejectionCode.CORRUPT_DOCUMENT, 422,
            RejectionCode.BINARY_CONTENT, 415,
            RejectionCode.NO_TEXT, 422,
            RejectionCode.REPETITIVE_CONTENT, 422,
            RejectionCode.TOO_MANY_REQUIREMENTS, 422);
    private static final List<Integer> PRECEDENCE = List.of(413, 415, 422);

    private Rejections() {
    }

    public static int statusOf(String code) {
        return STATUS_BY_CODE.getOrDefault(code, 422);
    }

    /** The problem for a rejected run; call only when there is at least one ERROR diagnostic. */
    public static ApiProblem of(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("no ERROR diagnostic to reject on");
        }
        int status = errors.stream().map(d -> statusOf(d.code())).min(Comparator.comparingInt(PRECEDENCE::indexOf)).orElseThrow();
        Diagnostic lead = errors.stream().filter(d -> statusOf(d.code()) == status).findFirst().orElseThrow();
        List<ProblemError> listed = diagnostics.stream()
                .filter(d -> d.severity() != Severity.INFO)
                .map(d -> ProblemError.forDocument(d.sources().isEmpty() ? null : String.join(", ", d.sources()), d.code(),
                        d.severity().name().toLowerCase(Locale.ROOT), d.message()))
                .toList();
        String detail = errors.size() == 1
                ? describe(lead)
                : errors.size() + " problems in the uploaded documents, first: " + describe(lead);
        return new ApiProblem(status, lead.code(), "Document rejected", detail, listed);
    }

    private static String describe(Diagnostic d) {
        return (d.sources().isEmpty() ? "" : String.join(", ", d.sources()) + ": ") + d.message();
    }

    /** A run that reads cleanly but yields nothing to model cannot be published (events need total >= 1). */
    public static ApiProblem noRequirements(List<String> documents) {
        return new ApiProblem(422, "no-requirements", "Document rejected",
                "no requirements could be read from " + String.join(", ", documents), List.of());
    }
}
