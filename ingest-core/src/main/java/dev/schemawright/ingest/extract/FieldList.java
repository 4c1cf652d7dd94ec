package dev.schemawright.ingest.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block whose every line is "Key: value" (e.g. "ID: US-001 / Title: ... / Description: ..."), read into an ordered
 * map. Keys are short labels (at most five words) so that prose containing a colon is not mistaken for a field.
 */
final class FieldList {
    private static final Pattern FIELD = Pattern.compile("^\\s*[-*]?\\s*\\**([\\p{L}][\\p{L}\\p{N} /_()&.-]{0,40}?)\\**\\s*:\\s*\\**\\s*(.*)$");

    private FieldList() {
    }

    /** The fields of a multi-line block, or empty when any line is not a field. */
    static Optional<Map<String, String>> of(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 2) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : lines) {
            Optional<Map.Entry<String, String>> field = field(line);
            if (field.isEmpty() || fields.containsKey(field.get().getKey())) {
                return Optional.empty();
            }
            fields.put(field.get().getKey(), field.get().getValue());
        }
        return Optional.of(fields);
    }

    /** One "Key: value" line. */
    static Optional<Map.Entry<String, String>> field(String line) {
        Matcher m = FIELD.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String key = m.group(1).strip();
        if (key.isEmpty() || key.split("\\s+").length > 5 || key.startsWith("http")) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(key, m.group(2).strip().replaceAll("\\*+$", "").strip()));
    }
}
