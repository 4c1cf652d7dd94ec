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
    /** Tenant ids: lower-case letters, digits and '-', 1..40 chars, starting with a letter or digit (TEAM seam). */
    public static final Pattern TENANT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    /** Artifact names: a plain file name, no path separators. */
    public static final Pattern ARTIFACT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private Ids() {
    }

    public static boolean isTenantId(String s) {
        return s != null && TENANT_ID.matcher(s).matches();
    }

    public static String requireTenantId(String s) {
        if (!isTenantId(s)) {
            throw new IllegalArgumentException("invalid tenantId '" + abbreviate(s) + "': must match " + TENANT_ID.pattern());
        }
        return s;
    }

    public static boolean isBatchId(String s) {
        return s != null && BATCH_ID.matcher(s).matches();
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

    /**
     * A valid project id made from a folder or file name that is none ("10xDevs2.0_App" -> "10xDevs2-0_App", "order.to" ->
     * "order-to"): every other character becomes '-', runs of them one, leading ones dropped, cut to 128; "project" when
     * nothing usable is left. Valid ids come back unchanged.
     */
    public static String projectIdFrom(String name) {
        if (isProjectId(name)) {
            return name;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length() && b.length() < 128; i++) {
            char c = name.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
            if (ok && !(b.length() == 0 && (c == '_' || c == '-'))) {
                b.append(c);
            } else if (!ok && b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        }
        String id = b.toString();
        return isProjectId(id) ? id : "project";
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
