package dev.schemawright.modeling.lang;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns words from documents into safe snake_case SQL identifiers: ASCII letters, digits and '_' only, starting with a
 * letter, at most 63 bytes (PostgreSQL's limit), never a reserved word. Nothing a document says can escape quoting.
 */
public final class Identifiers {
    public static final int MAX_BYTES = 63;
    private static final java.util.Set<String> RESERVED = java.util.Set.of("order", "user", "group", "table", "select", "where",
            "from", "limit", "offset", "check", "default", "primary", "references", "column", "constraint", "desc", "asc", "all",
            "and", "or", "not", "null", "true", "false", "to", "as", "on", "in", "is", "by", "end", "when", "case", "grant", "union");

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern CAMEL_HUMP = java.util.regex.Pattern.compile("([a-z0-9])([A-Z])");
    private static final java.util.regex.Pattern NOT_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGE_UNDERSCORES = java.util.regex.Pattern.compile("^_+|_+$");
    private static final java.util.regex.Pattern UNDERSCORES = java.util.regex.Pattern.compile("_+");
    private static final java.util.regex.Pattern TRAILING_UNDERSCORES = java.util.regex.Pattern.compile("_+$");

    private Identifiers() {
    }

    /** "Recipe Step", "recipeStep", "recipe-step" -> "recipe_step"; blank when nothing usable remains. */
    public static String snake(String text) {
        if (text == null) {
            return "";
        }
        if (alreadySnake(text)) {
            return text; // most calls pass a word that is already an identifier: every step below would leave it as is
        }
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        s = CAMEL_HUMP.matcher(s).replaceAll("$1_$2");
        s = EDGE_UNDERSCORES.matcher(NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("_")).replaceAll("");
        s = UNDERSCORES.matcher(s).replaceAll("_");
        if (!s.isEmpty() && !Character.isLetter(s.charAt(0))) {
            s = "n_" + s;
        }
        return truncate(s, MAX_BYTES);
    }

    /** [a-z][a-z0-9]* words joined by single underscores, within the byte limit. */
    private static boolean alreadySnake(String text) {
        int n = text.length();
        if (n == 0 || n > MAX_BYTES || text.charAt(0) < 'a' || text.charAt(0) > 'z' || text.charAt(n - 1) == '_') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = text.charAt(i);
            boolean alnum = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!alnum && (c != '_' || text.charAt(i - 1) == '_')) {
                return false;
            }
        }
        return true;
    }

    /** A column or table name that is safe even when it is a reserved word ("order" -> "sort_order"-style suffix). */
    public static String safe(String snake) {
        return RESERVED.contains(snake) ? snake + "_value" : snake;
    }

    public static boolean isReserved(String name) {
        return RESERVED.contains(name);
    }

    /** Keeps identifiers within the byte limit, cutting whole characters (ASCII after snake()). */
    public static String truncate(String name, int maxBytes) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return name;
        }
        String cut = name.substring(0, Math.min(name.length(), maxBytes));
        while (cut.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return TRAILING_UNDERSCORES.matcher(cut).replaceAll("");
    }

    /** Name for a derived object (index, constraint): prefix_parts_suffix, shortened with a stable hash when too long. */
    public static String derived(String base, String suffix) {
        String full = base + "_" + suffix;
        if (full.length() <= MAX_BYTES) {
            return full;
        }
        String hash = Integer.toHexString(full.hashCode() & 0xfffffff);
        return truncate(base, MAX_BYTES - suffix.length() - hash.length() - 2) + "_" + hash + "_" + suffix;
    }
}
