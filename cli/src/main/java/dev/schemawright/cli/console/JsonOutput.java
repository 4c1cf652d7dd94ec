package dev.schemawright.cli.console;

import dev.schemawright.contracts.json.JsonCodec;
import java.io.PrintWriter;

/** {@code --json}: one JSON document on stdout, in the project's own wire format (nulls omitted, stable order). */
public final class JsonOutput {
    private JsonOutput() {
    }

    public static void print(PrintWriter out, Object value) {
        out.print(JsonCodec.toPrettyString(value));
        out.flush();
    }
}
