package dev.schemawright.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a block into sentences at '.', '!' or '?' followed by space and a capital letter or digit, skipping common
 * English and Polish abbreviations. Linear in the text length. Returns [start, end) offsets into the text.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "vs", "mr", "mrs", "dr", "np", "tzn",
            "itp", "itd", "m.in", "tj", "ok", "no", "nr", "approx", "incl", "min", "max", "ang", "prof", "st", "cf", "al");

    private SentenceSplitter() {
    }

    public record Span(int start, int end) {
    }

    public static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 2 < n && Character.isWhitespace(text.charAt(i + 1))) {
                int next = i + 1;
                while (next < n && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next < n && startsSentence(text.charAt(next)) && !(c == '.' && (abbreviation(text, i) || numbering(text, start, i)))) {
                    add(spans, text, start, i + 1);
                    start = next;
                    i = next - 1;
                }
            }
        }
        add(spans, text, start, n);
        return spans;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '*' || c == '(';
    }

    private static boolean abbreviation(String text, int dot) {
        int from = dot;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        String word = text.substring(from, dot).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0)));
    }

    /** "3." or "1.2." at the start of a sentence numbers it; it does not end it. */
    private static boolean numbering(String text, int start, int dot) {
        int from = start;
        while (from < dot && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        if (from == dot || dot - from > 8) {
            return false;
        }
        for (int i = from; i < dot; i++) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static void add(List<Span> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }
}
