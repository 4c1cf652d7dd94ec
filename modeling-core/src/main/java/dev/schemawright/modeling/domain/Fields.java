package dev.schemawright.modeling.domain;

import dev.schemawright.modeling.lang.Inflection;
import dev.schemawright.modeling.read.WordClasses;

/**
 * The "is a column" test on a field name read from prose: a column holds one value, so its name is not a list of things
 * ("natural_language_questions", "discovered_attractions": child rows or nothing; units and whole-value plurals such as
 * "duration_minutes" and "notes" are fine: lang/en/words/unit.txt, plural-field.txt) and does not open with a verb ("get_answers",
 * "cancel_creation", "enforces_minimum_length": a feature, not a value; lang/en/words/verb.txt, command.txt).
 */
public final class Fields {
    private Fields() {
    }

    private static WordClasses words() {
        return Things.words();
    }

    public static boolean isColumnName(String name) {
        if (valuePerRow(name)) {
            return true;
        }
        String[] w = name.split("_");
        String last = w[w.length - 1];
        boolean plural = !Inflection.singular(last).equals(last);
        // a plural of one or two words may list child things ("ingredients", "answer options": 1NF makes them rows); a longer
        // one, or one whose head is no thing, describes a feature
        if (plural && !words().contains("unit", last) && !words().contains("plural-field", last) && !w[0].equals("total") && !w[0].equals("number")
                && (w.length >= 3 || !Things.isThing(Inflection.singular(last)))) {
            return false;
        }
        if (w.length < 2 || w.length == 2 && (last.equals("at") || last.equals("on"))) {
            return true; // "starts_at", "expires_on": a time column named by its verb, as schemas write them
        }
        // "enforces_...", "using_...": an inflected verb opens a clause; a bare one may modify an attribute ("sort_order")
        return !verb(w[0]) || isVerb(w[0]) && words().contains("attribute", last);
    }

    /** The column a field name stands for: "active flag" is {@code is_active} (a flag is a yes/no question about its row). */
    public static String columnName(String field) {
        if (valuePerRow(field)) {
            return Inflection.singular(field);
        }
        return field.endsWith("_flag") && field.length() > 5 && !field.startsWith("is_") ? "is_" + field.substring(0, field.length() - 5) : field;
    }

    /**
     * A lone plural attribute word ("ingredients with quantities and units"): one value on each row of the things listed,
     * named in the singular as columns are.
     */
    private static boolean valuePerRow(String name) {
        if (name.indexOf('_') >= 0) {
            return false;
        }
        String one = Inflection.singular(name);
        return !one.equals(name) && Things.isAttribute(one);
    }

    /** A verb as it opens a feature: base form, third person ("enforces") or gerund ("using"). */
    private static boolean isVerb(String word) {
        return words().contains("verb", word) || words().contains("command", word);
    }

    private static boolean verb(String word) {
        for (String stem : new String[] {word, strip(word, "es"), strip(word, "s"), strip(word, "ing"), strip(word, "ing") + "e"}) {
            if (stem != null && !stem.isEmpty() && (words().contains("verb", stem) || words().contains("command", stem))) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String word, String suffix) {
        return word.endsWith(suffix) && word.length() > suffix.length() + 2 ? word.substring(0, word.length() - suffix.length()) : null;
    }
}
