package dev.schemawright.contracts;

import java.util.regex.Pattern;

/**
 * Identifier rules for anything that becomes part of an object key, a Kafka key or a URL path.
 * Strict on purpose: an id that passes can be used in a path without escaping.
 */
public final class Ids {
    /** Project ids: letters, digits, '_' and '-', 1..128 chars, starting with a letter or digit. */
    public static final Pattern PROJECT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");
    /** Run ids are lowercase hex content hashes. */
    public static final Pattern RUN_ID = Pattern.compile("[0-9a-f]{24}");
    /** Batch ids are lowercase hex content hashes. */
    public static final Pattern BATCH_ID = Pattern.compile("[0-9a-f]{24}");
    /** Artifact names: a plain file name, no path separators. */
    public static final Pattern ARTIFACT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private Ids() {
    }

    public static boolean isProjectId(String s) {
        return s != null && PROJECT_ID.matcher(s).matches();
    }

    public static boolean isRunId(String s) {
        return s != null && RUN_ID.matcher(s).matches();
    }

    public static boolean isArtifactName(String s) {
        return s != null && ARTIFACT_NAME.matcher(s).matches() && !s.contains("..");
    }

    public static String requireProjectId(String s) {
        if (!isProjectId(s)) {
            throw new IllegalArgumentException("invalid projectId '" + abbreviate(s) + "': must match " + PROJECT_ID.pattern());
        }
        return s;
    }

    public static String requireRunId(String s) {
        if (!isRunId(s)) {
            throw new IllegalArgumentException("invalid runId '" + abbreviate(s) + "': must match " + RUN_ID.pattern());
        }
        return s;
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
