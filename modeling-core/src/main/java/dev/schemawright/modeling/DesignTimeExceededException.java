package dev.schemawright.modeling;

import java.time.Duration;

/**
 * A design ran past its time budget. Thrown from inside the design (between passes and between the statements a reader
 * reads), so the thread that designs stops soon after the budget, whatever the documents contain. The edges report it as
 * a failed run with the reason {@link #CODE}; it never leaves a half-built model behind.
 */
public final class DesignTimeExceededException extends RuntimeException {
    public static final String CODE = "design-time-exceeded";
    private final Duration budget;
    private final String where;

    public DesignTimeExceededException(Duration budget, String where) {
        super(CODE + ": the design used more than its budget of " + budget.toMillis() + " ms of CPU time (stopped in " + where + ")");
        this.budget = budget;
        this.where = where;
    }

    public Duration budget() {
        return budget;
    }

    /** The pass or reader that was running when the budget ran out. */
    public String where() {
        return where;
    }
}
