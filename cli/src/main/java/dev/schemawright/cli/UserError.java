package dev.schemawright.cli;

/**
 * A problem the user can fix (bad folder, unreachable server, rejected input): printed as one message, never as a
 * stack trace.
 */
public final class UserError extends RuntimeException {
    private final int exitCode;
    private final int httpStatus;

    public UserError(int exitCode, String message) {
        this(exitCode, message, 0);
    }

    private UserError(int exitCode, String message, int httpStatus) {
        super(message);
        this.exitCode = exitCode;
        this.httpStatus = httpStatus;
    }

    /** A server's refusal: the HTTP status tells a caller whether trying again can help (503 says so). */
    public static UserError answered(int httpStatus, String message) {
        return new UserError(ExitCodes.FAILED, message, httpStatus);
    }

    /** The HTTP status of the answer this error reports, 0 when it is not a server's answer. */
    public int httpStatus() {
        return httpStatus;
    }

    public static UserError usage(String message) {
        return new UserError(ExitCodes.USAGE, message);
    }

    public static UserError failed(String message) {
        return new UserError(ExitCodes.FAILED, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
