package dev.schemawright.contracts.requirement;

import dev.schemawright.contracts.Lists;
import java.util.List;
import java.util.Objects;

/**
 * Where a requirement came from: document, role, heading path and 1-based inclusive line range; {@code language} is the
 * document's detected language (ISO 639-1, "und" when unsure), optional: null when the producer did not say (events
 * written before the field existed), which readers take as "detect or assume English".
 */
public record Source(String document, DocumentRole role, List<String> headingPath, int lineStart, int lineEnd, String language) {
    public Source(String document, DocumentRole role, List<String> headingPath, int lineStart, int lineEnd) {
        this(document, role, headingPath, lineStart, lineEnd, null);
    }

    public Source {
        Lists.requireText(document, "source document");
        Objects.requireNonNull(role, "role");
        headingPath = Lists.copy(headingPath);
        if (lineStart < 1 || lineEnd < lineStart) {
            throw new IllegalArgumentException("bad line range " + lineStart + ".." + lineEnd + " in " + document);
        }
        if (language != null && !language.matches("[a-z]{2,3}")) {
            language = "und"; // a detector's odd answer ("zh-cn") is no language a reader knows
        }
    }

    public Source withLanguage(String code) {
        return new Source(document, role, headingPath, lineStart, lineEnd, code);
    }

    /** "prd.md § 3. Functional Requirements > Decks, lines 40-42". */
    public String describe() {
        String lines = lineStart == lineEnd ? "line " + lineStart : "lines " + lineStart + "-" + lineEnd;
        return headingPath.isEmpty() ? document + ", " + lines : document + " § " + String.join(" > ", headingPath) + ", " + lines;
    }
}
