package dev.schemawright.ingestservice.problem;

import java.util.List;

/**
 * A client error raised by plain code (archive reading, role parsing, submission) and turned into
 * {@code application/problem+json} at the HTTP edge. Framework-free on purpose, so pure classes can raise it.
 */
public final class ApiProblem extends RuntimeException {
    private final transient Problem problem;
    private final transient java.time.Duration retryAfter;

    public ApiProblem(int status, String code, String title, String detail, List<ProblemError> errors) {
        this(status, code, title, detail, errors, null);
    }

    /** {@code retryAfter}: sent as the Retry-After header (a 503 or 429 the client should retry). */
    public ApiProblem(int status, String code, String title, String detail, List<ProblemError> errors, java.time.Duration retryAfter) {
        super(code + ": " + detail, null, false, false);
        this.problem = new Problem(Problem.TYPE_BASE + code, title, status, detail, null, code, errors);
        this.retryAfter = retryAfter;
    }

    public java.util.Optional<java.time.Duration> retryAfter() {
        return java.util.Optional.ofNullable(retryAfter);
    }

    public ApiProblem(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    public String code() {
        return problem.code();
    }
}
