package dev.schemawright.ingest.classify;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A named set of keyword patterns (English and Polish stems, written in lower case) matched at word starts against
 * the lower-cased text. Lower-casing once beats a case-insensitive regex, which folds case at every comparison.
 * Generic vocabulary only: never words taken from one project's documents.
 */
public record Phrases(String name, Pattern pattern) {

    public static Phrases of(String... alternatives) {
        return named(alternatives[0], alternatives);
    }

    /** Word-start guard shared by every phrase pattern. */
    static final String WORD_START = "(?<![\\p{L}\\p{N}])";

    public static Phrases named(String name, String... alternatives) {
        String joined = String.join("|", List.of(alternatives));
        return new Phrases(name, Pattern.compile(WORD_START + "(?:" + joined + ")"));
    }

    public boolean in(String text) {
        return text != null && pattern.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** For text already lower-cased by the caller (see {@link Statement#lower()}). */
    public boolean inLower(String lower) {
        return pattern.matcher(lower).find();
    }

    /** The alternatives without the word-start guard, for combining several sets into one pattern. */
    String alternatives() {
        return pattern.pattern().substring(WORD_START.length());
    }

    public boolean inAny(List<String> texts) {
        return texts.stream().anyMatch(this::in);
    }
}
