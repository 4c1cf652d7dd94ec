package dev.schemawright.cli;

/** Process exit codes of every command; documented in the README's CLI reference. */
public final class ExitCodes {
    public static final int OK = 0;
    /** An input was rejected, a project failed, a run failed on the server, or a wait timed out. */
    public static final int FAILED = 1;
    /** The command line itself is wrong (picocli's own code for usage errors). */
    public static final int USAGE = 2;
    /** A bug: something the user cannot fix. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
