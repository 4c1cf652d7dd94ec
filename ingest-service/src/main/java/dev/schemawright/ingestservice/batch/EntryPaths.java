package dev.schemawright.ingestservice.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits archive entry names into safe path segments. An entry that climbs out ("..") or is absolute ("/x", "C:\x",
 * "\\server\x") is unsafe and rejects the whole archive; "." and empty segments are dropped.
 */
final class EntryPaths {
    private EntryPaths() {
    }

    /** Empty when the name is unsafe. */
    static Optional<List<String>> segments(String entryName) {
        String name = entryName.replace('\\', '/');
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*") || name.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return Optional.empty();
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                out.add(segment);
            }
        }
        return Optional.of(List.copyOf(out));
    }

    /** Operating-system litter that is never a document: dot files and folders, macOS resource forks. */
    static boolean isLitter(List<String> segments) {
        return segments.stream().anyMatch(s -> s.startsWith(".") || s.equals("__MACOSX") || s.equalsIgnoreCase("Thumbs.db"));
    }
}
