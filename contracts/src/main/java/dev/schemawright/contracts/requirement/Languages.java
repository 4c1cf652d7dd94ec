package dev.schemawright.contracts.requirement;

import java.util.List;

/**
 * The document languages the modeler reads (ISO 639-1). A document in another language is not read (its prose would
 * give a near-empty design that looks finished): the run status and design.md say so.
 */
public final class Languages {
    /** Languages with a reading in modeling-core ({@code lang/<code>/}). */
    public static final List<String> READ = List.of("en", "pl");
    /** What ingest says when a document is too short or unclear to tell: the modeler then judges its text. */
    public static final String UNDETERMINED = "und";

    private Languages() {
    }

    /** Whether a document ingest found to be in {@code language} is read (unknown and undetermined ones are judged, so read). */
    public static boolean read(String language) {
        return language == null || UNDETERMINED.equals(language) || READ.contains(language);
    }

    /** The warning a document in {@code language} gets, or null when it is read. */
    public static String warning(String language) {
        return read(language) ? null
                : "no reading for language '" + language + "' (readings: " + String.join(", ", READ) + "): this document's prose is not read";
    }
}
