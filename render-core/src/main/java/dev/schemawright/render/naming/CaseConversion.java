package dev.schemawright.render.naming;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Case conversion for targets whose identifiers must be ASCII words (Prisma, Python, Mermaid): accents are folded,
 * other non-ASCII or punctuation splits words, and a name that starts with a digit or has no letters gets a prefix.
 * The database name itself is kept through @map / __tablename__ / Column(name), so nothing is lost.
 */
public final class CaseConversion {
    private CaseConversion() {
    }

    /** Words of a name: split on non-alphanumerics and on lower-to-upper camel humps; accents folded to ASCII. */
    public static List<String> words(String name) {
        String folded = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean alnum = c < 128 && Character.isLetterOrDigit(c);
            if (!alnum) {
                flush(words, cur);
            } else {
                if (cur.length() > 0 && Character.isUpperCase(c) && (Character.isLowerCase(prev) || Character.isDigit(prev))) {
                    flush(words, cur);
                }
                cur.append(c);
            }
            prev = c;
        }
        flush(words, cur);
        return words;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static void flush(List<String> words, StringBuilder cur) {
        if (cur.length() > 0) {
            words.add(cur.toString().toLowerCase(Locale.ROOT));
            cur.setLength(0);
        }
    }

    /**
     * Words, or for a name with no ASCII letters or digits at all (a name in another script) one stable made-up word
     * from its hash, so distinct names stay distinct and recognisable across runs.
     */
    static List<String> safeWords(String name) {
        List<String> ws = words(name);
        return ws.isEmpty() ? List.of("n" + PhysicalName.sha256Hex(name).substring(0, 8)) : ws;
    }

    public static String pascal(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : safeWords(name)) {
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return leadingLetter(b.toString(), "T");
    }

    public static String camel(String name) {
        List<String> ws = safeWords(name);
        StringBuilder b = new StringBuilder();
        for (String w : ws) {
            b.append(b.length() == 0 ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return leadingLetter(b.toString(), "f");
    }

    /** English singular of the last word ("categories" -> "category"); good enough for class names, never for keys. */
    public static String singularLast(String name) {
        List<String> ws = new ArrayList<>(words(name));
        if (ws.isEmpty()) {
            return name;
        }
        ws.set(ws.size() - 1, singular(ws.get(ws.size() - 1)));
        return String.join("_", ws);
    }

    static String singular(String w) {
        if (w.length() <= 3 || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w;
        } else if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
            return w.substring(0, w.length() - 2);
        } else if (w.endsWith("s")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    public static String snake(String name) {
        return leadingLetter(String.join("_", safeWords(name)), "c");
    }

    private static String leadingLetter(String s, String prefix) {
        if (s.isEmpty()) {
            return prefix + "_";
        }
        return Character.isDigit(s.charAt(0)) ? prefix + "_" + s : s;
    }
}
