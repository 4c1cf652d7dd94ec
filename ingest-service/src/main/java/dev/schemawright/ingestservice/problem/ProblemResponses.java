package dev.schemawright.ingestservice.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem responses; the one place that knows the status-to-code table for framework errors. */
public final class ProblemResponses {
    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** A problem for an HTTP status raised by the framework (404 route, 405, 406, 413, 415). */
    public static Problem forStatus(int status, String detail, List<ProblemError> errors) {
        String code = codeFor(status);
        return new Problem(Problem.TYPE_BASE + code, titleFor(status), status, detail, null, code, errors);
    }

    static String codeFor(int status) {
        switch (status) {
            case 400: return "bad-request";
            case 404: return "not-found";
            case 405: return "method-not-allowed";
            case 406: return "not-acceptable";
            case 413: return "payload-too-large";
            case 415: return "unsupported-media-type";
            default: return status >= 500 ? "internal-error" : "http-" + status;
        }
    }

    static String titleFor(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return status == 413 ? "Content Too Large" : "HTTP " + status;
    }
}
