package dev.schemawright.ingest.reject;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Detects documents that are one line (or a handful) repeated thousands of times, e.g. 5 MB of the same line: they
 * carry no more requirements than one copy and only cost time downstream, so they are rejected rather than deduped
 * (a silent dedupe would hide a broken export from the uploader). One pass with a hash map: linear in the size.
 */
public final class RepetitionCheck {
    /** Below this many non-blank lines repetition is normal (short lists, table separators). */
    static final int MIN_LINES = 500;

    private RepetitionCheck() {
    }

    /** Empty when fine; otherwise the repeated line (abbreviated) and its count. */
    public static Optional<String> check(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int lines = 0;
        int start = 0;
        int n = text.length();
        String top = null;
        int topCount = 0;
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                lines++;
                int count = counts.merge(line, 1, Integer::sum);
                if (count > topCount) {
                    topCount = count;
                    top = line;
                }
            }
            start = end + 1;
        }
        if (lines >= MIN_LINES && topCount * 2 > lines) {
            String shown = top.length() > 60 ? top.substring(0, 60) + "…" : top;
            return Optional.of("the line \"" + shown + "\" makes up " + topCount + " of its " + lines + " non-blank lines");
        }
        return periodic(text);
    }

    /**
     * The same check for text without line breaks ("abcabc..." for megabytes): a periodic text has as many distinct
     * fixed-size chunks as its period, however long it is.
     */
    private static Optional<String> periodic(String text) {
        int chunk = 32;
        int chunks = text.length() / chunk;
        if (chunks < 2_000) {
            return Optional.empty();
        }
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (int i = 0; i < chunks; i++) {
            distinct.add(text.substring(i * chunk, (i + 1) * chunk));
        }
        if (distinct.size() * 100 < chunks) {
            return Optional.of("its " + text.length() + " characters repeat the same short text (" + distinct.size()
                    + " distinct " + chunk + "-character pieces)");
        }
        return Optional.empty();
    }
}
