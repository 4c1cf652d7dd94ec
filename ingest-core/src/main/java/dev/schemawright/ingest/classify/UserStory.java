package dev.schemawright.ingest.classify;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of "As a X, I want Y so that Z" (or Polish "Jako X chcę Y, aby Z"). Benefit may be empty. */
public record UserStory(String actor, String goal, String benefit) {
    private static final int MAX_STORY_CHARS = 2_000;
    private static final Pattern EN = Pattern.compile(
            "\\bAs an? (?!result\\b|consequence\\b|rule\\b|default\\b|reminder\\b|whole\\b)([^,]+?)(?:,(?:(?!\\bI\\b)[^,]){1,80})?,?\\s+I\\s+"
                    + "(?:(?:want|need|would like|wish|can|should be able|must be able|am able|must not be able|should not be able|cannot|can't|expect)\\s+(?:to\\s+)?)?(.+?)"
                    + "(?:,?\\s+(?:so that|in order to|so)\\s+(.+?))?\\s*[.!]?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern PL = Pattern.compile(
            "\\bJako ([^,]+?)(?:,(?:(?!\\b(?:chcę|mogę)\\b)[^,]){1,80})?,?\\s+(?:chcę|chciałbym|chciałabym|mogę|potrzebuję)\\s+(.+?)"
                    + "(?:,?\\s+(?:aby|żeby|by|ponieważ)\\s+(.+?))?\\s*[.!]?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    public static Optional<UserStory> parse(String text) {
        if (text.length() > MAX_STORY_CHARS) {
            return Optional.empty(); // a story is a sentence or two; bounding it keeps the lazy groups linear
        }
        String flat = text.replace('\n', ' ').strip();
        String lower = flat.toLowerCase(java.util.Locale.ROOT);
        if (!lower.contains("as a") && !lower.contains("jako ")) {
            return Optional.empty(); // cheap test before the regexes
        }
        for (Pattern p : new Pattern[] {EN, PL}) {
            Matcher m = p.matcher(flat);
            if (m.find()) {
                return Optional.of(new UserStory(clean(m.group(1)), clean(m.group(2)), clean(m.group(3))));
            }
        }
        return Optional.empty();
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("[.,;]+$", "").strip();
    }
}
