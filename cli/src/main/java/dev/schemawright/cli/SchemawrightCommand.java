package dev.schemawright.cli;

import dev.schemawright.cli.bench.BenchCommand;
import dev.schemawright.cli.design.DesignCommand;
import dev.schemawright.cli.dlq.DlqCommand;
import dev.schemawright.cli.keys.KeysCommand;
import dev.schemawright.cli.platform.DownCommand;
import dev.schemawright.cli.platform.StatusCommand;
import dev.schemawright.cli.platform.UpCommand;
import dev.schemawright.cli.submit.DemoCommand;
import dev.schemawright.cli.submit.SubmitCommand;
import dev.schemawright.cli.versions.DiffCommand;
import dev.schemawright.cli.versions.LintCommand;
import dev.schemawright.contracts.Generator;
import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./schemawright}: the root command; each subcommand lives in the folder of its feature. */
@Command(name = "schemawright", mixinStandardHelpOptions = true, version = Generator.NAME + " " + Generator.VERSION,
        description = "Product documents in, a validated relational design out.",
        subcommands = {DesignCommand.class, DiffCommand.class, LintCommand.class, DemoCommand.class, BenchCommand.class, UpCommand.class,
                StatusCommand.class, SubmitCommand.class, DownCommand.class, KeysCommand.class, DlqCommand.class,
                CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class},
        footer = {"", "Shell completion (bash, zsh): source <(./schemawright generate-completion)",
                "It completes the command 'schemawright': put this folder on PATH first.",
                "", "Exit codes: 0 ok, 1 an input or run failed, 2 usage error, 3 internal error.",
                "Set SCHEMAWRIGHT_DEBUG=1 to see stack traces of internal errors."})
public final class SchemawrightCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: design, diff, lint, demo, bench, up, status, submit, down, keys or dlq");
    }

    public static void main(String[] args) {
        // Libraries under ingest (Tika) log through SLF4J with no binding here; findings reach the user as diagnostics.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line with the given streams; returns the exit code (tests call this directly). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new SchemawrightCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, commandLine.getErr()));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int report(Exception e, PrintWriter err) {
        if (e instanceof UserError user) {
            err.println("schemawright: " + user.getMessage());
            return user.exitCode();
        }
        err.println("schemawright: internal error: " + e);
        if (debug()) {
            e.printStackTrace(err);
        } else {
            err.println("(set SCHEMAWRIGHT_DEBUG=1 for the stack trace)");
        }
        return ExitCodes.INTERNAL;
    }

    public static boolean debug() {
        String v = System.getenv("SCHEMAWRIGHT_DEBUG");
        return v != null && !v.isEmpty() && !v.equals("0");
    }
}
