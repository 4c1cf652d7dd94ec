package dev.schemawright.ingest.classify;

import dev.schemawright.contracts.requirement.DocumentRole;
import java.util.Locale;

/**
 * One candidate requirement with what governs its meaning: the document role and the section it sits in.
 * {@code lower} is the lower-cased head of the text that keyword rules read (built by {@link #of}).
 */
public record Statement(String text, String lower, DocumentRole role, Section section, boolean listItem) {
    /** Longest text the keyword rules look at: keeps every rule linear on hostile, punctuation-free megabyte "sentences". */
    static final int CLASSIFIED_CHARS = 2_000;

    public static Statement of(String text, DocumentRole role, Section section, boolean listItem) {
        String head = text.length() > CLASSIFIED_CHARS ? text.substring(0, CLASSIFIED_CHARS) : text;
        return new Statement(text, head.toLowerCase(Locale.ROOT), role, section, listItem);
    }

    /** The text the classification rules read, in its original case. */
    public String head() {
        return text.length() > CLASSIFIED_CHARS ? text.substring(0, CLASSIFIED_CHARS) : text;
    }
}
