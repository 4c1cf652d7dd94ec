package dev.schemawright.ingestservice.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document, the body of every error this API returns ({@code application/problem+json}).
 * {@code code} is the stable machine-readable reason; {@code errors} lists each finding (per document, field or
 * archive entry).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "URI identifying the problem type", example = "https://schemawright.dev/problems/corrupt-document") String type,
        @Schema(description = "Short summary of the problem type") String title,
        @Schema(description = "HTTP status code") int status,
        @Schema(description = "What went wrong in this request") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "Stable machine-readable reason", example = "corrupt-document") String code,
        @Schema(description = "Each finding: per document, form field or archive entry") List<ProblemError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://schemawright.dev/problems/";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, code, errors);
    }
}
