package dev.schemawright.cli;

/**
 * A problem the user can fix (bad folder, unreachable server, rejected input): printed as one message, never as a
 * stack trace.
 */
public final class UserError extends RuntimeException {
    private final int exitCode;

    public UserError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
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
