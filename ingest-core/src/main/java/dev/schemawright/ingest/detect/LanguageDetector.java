package dev.schemawright.ingest.detect;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Detects the dominant language (ISO 639-1: en, pl, de, fr, es) by counting frequent function words, with a
 * diacritics tie-breaker for Polish. Returns "und" when there is too little text. Chosen over a model because no
 * language-detection artifact resolves on this build's Maven mirror (see README).
 */
public final class LanguageDetector {
    private static final Map<String, Set<String>> STOP_WORDS = new LinkedHashMap<>();

    static {
        STOP_WORDS.put("en", Set.of("the", "and", "of", "to", "a", "in", "is", "for", "with", "that", "on", "as", "be",
                "are", "can", "by", "this", "or", "an", "their", "will", "should", "user", "users", "it", "from", "not"));
        STOP_WORDS.put("pl", Set.of("i", "w", "na", "z", "do", "się", "nie", "jest", "oraz", "dla", "że", "to", "jak",
                "o", "po", "przez", "są", "lub", "tak", "może", "być", "który", "która", "które", "ze", "od", "użytkownik"));
        STOP_WORDS.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "ein", "eine", "zu", "den", "von",
                "für", "auf", "im", "sich", "dem", "des", "werden", "kann", "oder", "wird", "benutzer"));
        STOP_WORDS.put("fr", Set.of("le", "la", "les", "et", "est", "des", "une", "un", "du", "pour", "dans", "que", "qui",
                "avec", "sur", "pas", "par", "au", "ce", "sont", "peut", "utilisateur"));
        STOP_WORDS.put("es", Set.of("el", "la", "los", "las", "y", "es", "de", "que", "en", "un", "una", "para", "con",
                "por", "del", "se", "no", "al", "como", "puede", "usuario", "su"));
    }

    private LanguageDetector() {
    }

    public static String detect(CharSequence text) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        STOP_WORDS.keySet().forEach(k -> scores.put(k, 0));
        int words = 0;
        int polishLetters = 0;
        int limit = Math.min(text.length(), 200_000); // a sample is enough and keeps this linear and cheap
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= limit; i++) {
            char c = i < limit ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
                if ("ąćęłńśźż".indexOf(Character.toLowerCase(c)) >= 0) {
                    polishLetters++;
                }
            } else if (word.length() > 0) {
                words++;
                String w = word.toString();
                STOP_WORDS.forEach((lang, set) -> {
                    if (set.contains(w)) {
                        scores.merge(lang, 1, Integer::sum);
                    }
                });
                word.setLength(0);
            }
        }
        scores.merge("pl", polishLetters / 4, Integer::sum);
        if (words < 5) {
            return "und";
        }
        String best = "und";
        int bestScore = 0;
        for (Map.Entry<String, Integer> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return bestScore * 50 < words ? "und" : best.toLowerCase(Locale.ROOT);
    }
}
