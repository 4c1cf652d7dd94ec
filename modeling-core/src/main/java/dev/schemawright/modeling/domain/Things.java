package dev.schemawright.modeling.domain;

import dev.schemawright.modeling.lang.en.English;
import dev.schemawright.modeling.read.WordClasses;

/**
 * The "is a thing" test on names: a table's name is made of words that can name stored things, never a screen, the
 * system, a document, the actor's credentials or an abstract word (lang/en/words/not-thing.txt); attribute words and soft
 * words (page, option...) name things only when the documents treat them as data.
 */
public final class Things {
    private Things() {
    }

    /** The English word classes the name tests read (Fields shares them). */
    static WordClasses words() {
        return English.shared().words();
    }

    /**
     * The head decides ("ai_suggestion", "email_report" and "user_setting" are things; "performance_optimization" is not),
     * and the whole name must not be a non-thing of its own.
     */
    public static boolean isThing(String name) {
        if (name.length() < 3 || !name.matches("[a-z][a-z0-9_]*")) {
            return false;
        }
        String head = name.substring(name.lastIndexOf('_') + 1);
        return head.length() >= 3 && !words().contains("not-thing", head) && !words().contains("not-thing", name);
    }

    static boolean isAttribute(String word) {
        return words().contains("attribute", word);
    }

    static boolean isSoft(String word) {
        return words().contains("soft-thing", word);
    }

    public static boolean isLabel(String word) {
        return words().contains("label", word);
    }
}
