package dev.schemawright.ingestservice.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves this service as {@code application/problem+json}: our own {@link ApiProblem}s, Hibernate
 * Validator violations (400, one entry per field), framework statuses (404, 405, 415, ...), malformed JSON, and
 * anything unexpected (500 with an id to find the log line, never the stack trace).
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    // What Quarkus REST's request input stream throws once a streamed body passes quarkus.http.limits.max-body-size.
    private static final String REQUEST_TOO_LARGE = "Request too large";

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        Response response = ProblemResponses.of(e.problem().withInstance(path(uri)));
        if (e.retryAfter().isPresent()) {
            return Response.fromResponse(response).header("Retry-After", Long.toString(Math.max(1, e.retryAfter().get().toSeconds()))).build();
        }
        if (e.status() == 429) {
            return Response.fromResponse(response).header("Retry-After", dev.schemawright.ingestservice.batch.BatchAdmission.RETRY_AFTER_SECONDS).build();
        }
        return response;
    }

    /** No key, or a key nobody issued: 401 with the Bearer challenge. */
    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Problem problem = new Problem(Problem.TYPE_BASE + "unauthenticated", "Unauthorized", 401,
                "send an API key as 'Authorization: Bearer <key>' (./schemawright keys create TENANT prints one)", path(uri),
                "unauthenticated", List.of());
        return Response.fromResponse(ProblemResponses.of(problem)).header("WWW-Authenticate", "Bearer realm=\"schemawright\"").build();
    }

    /** An admin-only route (prefix batches) called with a tenant's key. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(new Problem(Problem.TYPE_BASE + "forbidden", "Forbidden", 403,
                "this key may not use this route (admin keys only)", path(uri), "forbidden", List.of()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<ProblemError> errors = e.getConstraintViolations().stream()
                .map(v -> ProblemError.forField(fieldName(v), "invalid-value", v.getMessage()))
                .sorted(Comparator.comparing(ProblemError::field).thenComparing(ProblemError::message))
                .toList();
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " request values are invalid";
        Problem problem = new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400, detail, path(uri),
                "invalid-request", errors);
        return ProblemResponses.of(problem);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        String detail = e.getMessage() == null ? ProblemResponses.titleFor(status) : e.getMessage();
        return ProblemResponses.of(ProblemResponses.forStatus(status, detail, List.of()).withInstance(path(uri)));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String detail = "request body is not valid JSON for this endpoint: " + e.getOriginalMessage();
        Problem problem = new Problem(Problem.TYPE_BASE + "invalid-json", "Invalid JSON", 400, detail, path(uri), "invalid-json", List.of());
        return ProblemResponses.of(problem);
    }

    /** The body is read as it streams: one without a Content-Length that grows past the limit ends up here. */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, UriInfo uri) {
        if (REQUEST_TOO_LARGE.equals(e.getMessage())) {
            return ProblemResponses.of(ProblemResponses.forStatus(413, "the request body is over the size limit", List.of()).withInstance(path(uri)));
        }
        LOG.debugf(e, "unreadable request body on %s", path(uri));
        Problem problem = new Problem(Problem.TYPE_BASE + "unreadable-body", "Unreadable request body", 400,
                "the request body could not be read completely", path(uri), "unreadable-body", List.of());
        return ProblemResponses.of(problem);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        return internal(e, uri);
    }

    private static Response internal(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", errorId, path(uri));
        Problem problem = new Problem(Problem.TYPE_BASE + "internal-error", "Internal Server Error", 500,
                "the server could not complete the request; error id " + errorId, path(uri), "internal-error", List.of());
        return ProblemResponses.of(problem);
    }

    /** "submit.projectId" -> "projectId": clients know the parameter, not our method names. */
    private static String fieldName(ConstraintViolation<?> v) {
        String last = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER || node.getKind() == ElementKind.PROPERTY
                    || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                last = node.getName() == null ? last : node.getName() + (node.getIndex() == null ? "" : "[" + node.getIndex() + "]");
            }
        }
        return last == null ? v.getPropertyPath().toString() : last;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
