package dev.schemawright.modeling.lang;

import java.util.Locale;
import java.util.Map;
import org.modeshape.common.text.Inflector;

/**
 * Singular/plural of snake_case names (last word only: "recipe_step" / "recipe_steps"). Wraps ModeShape's Inflector
 * with a few corrections for words that schemas use as-is.
 */
public final class Inflection {
    private static final Inflector INFLECTOR = Inflector.getInstance();
    private static final Map<String, String> SINGULAR_FIXES = Map.of("data", "data", "metadata", "metadata", "criteria", "criterion",
            "media", "media", "analytics", "analytics", "settings", "settings", "news", "news", "series", "series");
    private static final Map<String, String> PLURAL_FIXES = Map.of("data", "data", "metadata", "metadata", "progress", "progress",
            "media", "media", "analytics", "analytics", "settings", "settings", "series", "series", "information", "information");

    /**
     * The Inflector tries ~100 regexes in turn behind one lock, and readers ask for the same words over and over: answers
     * are remembered per JVM (pure functions of the name, so output stays deterministic), up to a bound for hostile input.
     */
    private static final BoundedMemo<String> SINGULARS = new BoundedMemo<>(50_000);
    private static final BoundedMemo<String> PLURALS = new BoundedMemo<>(50_000);

    private Inflection() {
    }

    public static String singular(String name) {
        return SINGULARS.get(name, n -> mapLast(n, true));
    }

    public static String plural(String name) {
        return PLURALS.get(name, n -> mapLast(singular(n), false));
    }

    private static String mapLast(String name, boolean toSingular) {
        int cut = name.lastIndexOf('_');
        String head = cut < 0 ? "" : name.substring(0, cut + 1);
        String last = cut < 0 ? name : name.substring(cut + 1);
        String lower = last.toLowerCase(Locale.ROOT);
        String fixed = (toSingular ? SINGULAR_FIXES : PLURAL_FIXES).get(lower);
        if (fixed != null) {
            return head + fixed;
        }
        if (lower.length() <= 2) {
            return name;
        }
        String out;
        synchronized (INFLECTOR) {
            out = toSingular ? INFLECTOR.singularize(lower) : INFLECTOR.pluralize(lower);
        }
        return head + (out == null || out.isEmpty() ? lower : out);
    }
}
