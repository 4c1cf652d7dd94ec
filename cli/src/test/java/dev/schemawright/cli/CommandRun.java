package dev.schemawright.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-JVM run of the CLI with captured output, as a user would see it. */
public record CommandRun(int exitCode, String out, String err) {
    public static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SchemawrightCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandRun(code, out.toString(), err.toString());
    }
}
