package dev.schemawright.ingest.classify;

import dev.schemawright.contracts.Lists;
import dev.schemawright.contracts.requirement.DocumentRole;
import java.util.ArrayList;
import java.util.List;

/** One candidate requirement with the context that governs its meaning: role, heading path and lead-in labels. */
public record Statement(String text, DocumentRole role, List<String> headingPath, List<String> labels, boolean listItem) {
    public Statement {
        headingPath = Lists.copy(headingPath);
        labels = Lists.copy(labels);
    }

    /** Longest text the keyword rules look at: keeps every rule linear on hostile, punctuation-free megabyte "sentences". */
    static final int CLASSIFIED_CHARS = 2_000;

    /** The text the classification rules read. */
    public String head() {
        return text.length() > CLASSIFIED_CHARS ? text.substring(0, CLASSIFIED_CHARS) : text;
    }

    /** Headings then labels, outermost first: everything a reader sees above the statement. */
    public List<String> context() {
        List<String> all = new ArrayList<>(headingPath);
        all.addAll(labels);
        return all;
    }
}
