package dev.schemawright.ingestservice.upload;

import dev.schemawright.contracts.Ids;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns names chosen by a client (upload file names, archive paths) into names that are safe as the last part of an
 * object key ({@link Ids#isArtifactName}). Ordinary names ("prd.md", "tech-stack.txt") come through unchanged, so the
 * service and the in-process CLI name documents, and so hash runs, the same way.
 */
public final class SafeFileNames {
    static final String FALLBACK = "document";
    private static final int MAX_LENGTH = 128;
    private static final int MAX_EXTENSION = 16;

    private SafeFileNames() {
    }

    /** An uploaded file name: only its last path segment counts (browsers and curl may send a client path). */
    public static String forUpload(String uploadedName) {
        String name = uploadedName == null ? "" : uploadedName.replace('\\', '/');
        return sanitize(name.substring(name.lastIndexOf('/') + 1));
    }

    /** A path inside a project folder ("docs/prd.md"): its segments joined with '_' so nested names stay distinct. */
    public static String forRelativePath(List<String> segments) {
        return sanitize(String.join("_", segments));
    }

    static String sanitize(String raw) {
        // NFKD then drop combining marks: "café" -> "cafe" rather than "caf_"
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").strip();
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.append(isSafe(cp) ? (char) cp : '_'));
        String cleaned = out.toString()
                .replaceAll("_{2,}", "_")
                .replaceAll("\\.{2,}", ".")
                .replaceAll("_?\\._?", ".")
                .replaceAll("^[^A-Za-z0-9]+", "")
                .replaceAll("[._-]+$", "");
        if (cleaned.isEmpty()) {
            cleaned = FALLBACK;
        }
        cleaned = truncate(cleaned);
        if (!Ids.isArtifactName(cleaned)) {
            throw new IllegalStateException("sanitized name still unsafe: " + cleaned);
        }
        return cleaned;
    }

    /**
     * Makes names unique in order of appearance: the second "prd.md" becomes "prd-2.md". Comparison ignores case, so
     * the names also stay distinct on case-insensitive file systems (the CLI writes them out).
     */
    public static List<String> uniquify(List<String> names) {
        Set<String> taken = new HashSet<>();
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            String candidate = name;
            for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = withSuffix(name, "-" + n);
            }
            out.add(candidate);
        }
        return List.copyOf(out);
    }

    private static boolean isSafe(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '.' || cp == '-' || cp == '_';
    }

    private static String truncate(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        String ext = extension(name);
        return name.substring(0, MAX_LENGTH - ext.length()) + ext;
    }

    private static String withSuffix(String name, String suffix) {
        String ext = extension(name);
        String stem = name.substring(0, name.length() - ext.length());
        if (stem.length() + suffix.length() + ext.length() > MAX_LENGTH) {
            stem = stem.substring(0, MAX_LENGTH - suffix.length() - ext.length());
        }
        return stem + suffix + ext;
    }

    /** ".md" for "prd.md"; "" when there is no short extension after the first character. */
    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
    }
}
