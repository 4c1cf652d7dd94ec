package dev.schemawright.cli.submit;

import java.util.Map;

/** Opens submit's key lookup to the tests of another package. */
public final class SubmitCommandAccess {
    private SubmitCommandAccess() {
    }

    public static String apiKey(Map<String, String> environment) {
        return SubmitCommand.apiKey(environment);
    }
}
