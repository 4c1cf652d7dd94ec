package dev.schemawright.contracts.requirement;

import dev.schemawright.contracts.Lists;
import java.util.List;
import java.util.Objects;

/** Where a requirement came from: document, role, heading path and 1-based inclusive line range. */
public record Source(String document, DocumentRole role, List<String> headingPath, int lineStart, int lineEnd) {
    public Source {
        Lists.requireText(document, "source document");
        Objects.requireNonNull(role, "role");
        headingPath = Lists.copy(headingPath);
        if (lineStart < 1 || lineEnd < lineStart) {
            throw new IllegalArgumentException("bad line range " + lineStart + ".." + lineEnd + " in " + document);
        }
    }

    /** "prd.md § 3. Functional Requirements > Decks, lines 40-42". */
    public String describe() {
        String lines = lineStart == lineEnd ? "line " + lineStart : "lines " + lineStart + "-" + lineEnd;
        return headingPath.isEmpty() ? document + ", " + lines : document + " § " + String.join(" > ", headingPath) + ", " + lines;
    }
}
