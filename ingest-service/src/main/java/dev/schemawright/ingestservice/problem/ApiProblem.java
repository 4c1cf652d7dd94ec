package dev.schemawright.ingestservice.problem;

import java.util.List;

/**
 * A client error raised by plain code (archive reading, role parsing, submission) and turned into
 * {@code application/problem+json} at the HTTP edge. Framework-free on purpose, so pure classes can raise it.
 */
public final class ApiProblem extends RuntimeException {
    private final transient Problem problem;

    public ApiProblem(int status, String code, String title, String detail, List<ProblemError> errors) {
        super(code + ": " + detail, null, false, false);
        this.problem = new Problem(Problem.TYPE_BASE + code, title, status, detail, null, code, errors);
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
