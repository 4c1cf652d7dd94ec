package dev.schemawright.ingest.classify;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A named set of keyword patterns (English and Polish stems) matched case-insensitively at word starts. Generic
 * vocabulary only: never words taken from one project's documents.
 */
public record Phrases(String name, Pattern pattern) {

    public static Phrases of(String... alternatives) {
        return named(alternatives[0], alternatives);
    }

    public static Phrases named(String name, String... alternatives) {
        String joined = String.join("|", List.of(alternatives));
        return new Phrases(name, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + joined + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    public boolean in(String text) {
        return text != null && pattern.matcher(text).find();
    }

    public boolean inAny(List<String> texts) {
        return texts.stream().anyMatch(this::in);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
