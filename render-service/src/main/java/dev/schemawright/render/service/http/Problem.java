package dev.schemawright.render.service.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details: the body of every error this service returns, as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(String type, String title, int status, String detail, String code) {
    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://schemawright.dev/problems/";

    public static Response response(int status, String code, String title, String detail) {
        return Response.status(status).type(MEDIA_TYPE).entity(new Problem(TYPE_BASE + code, title, status, detail, code)).build();
    }

    /** Thrown by resources; mapped to its response by {@link ProblemMappers}. */
    public static final class Raised extends RuntimeException {
        private final transient Response response;

        public Raised(int status, String code, String title, String detail) {
            super(code + ": " + detail, null, false, false);
            this.response = Problem.response(status, code, title, detail);
        }

        public Response response() {
            return response;
        }
    }

    public static Raised notFound(String detail) {
        return new Raised(404, "not-found", "Not found", detail);
    }

    public static Raised badRequest(String code, String detail) {
        return new Raised(400, code, "Bad request", detail);
    }
}
