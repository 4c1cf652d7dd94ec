package dev.schemawright.modeling.lang.en;

import dev.schemawright.modeling.lang.Identifiers;
import dev.schemawright.modeling.lang.Inflection;
import dev.schemawright.modeling.read.Names;
import dev.schemawright.modeling.read.Sentence;
import dev.schemawright.modeling.read.WordClasses;
import java.util.ArrayList;
import java.util.List;

/** English names: a thing is its singular compound ("study sessions" -> study_session), a field its words as written. */
final class EnglishNames implements Names {
    private final WordClasses words;

    EnglishNames(WordClasses words) {
        this.words = words;
    }

    @Override
    public String entity(Sentence.Phrase p) {
        Thing t = thing(p);
        return t == null ? null : t.name();
    }

    @Override
    public String namedThing(Sentence.Phrase p) {
        Thing t = thing(p);
        if (t == null) {
            return null;
        }
        return t.attribute() == null || t.name().length() + t.attribute().length() + 1 > 40 ? t.name() : t.name() + "_" + t.attribute();
    }

    @Override
    public String attributeOf(Sentence.Phrase p) {
        Thing t = thing(p);
        return t == null ? null : t.attribute();
    }

    /** What a phrase names: the thing, and the attribute when the head is one ("recipe title": recipe, title). */
    private record Thing(String name, String attribute) {
    }

    private Thing thing(Sentence.Phrase p) {
        String head = head(p);
        if (head == null) {
            return null;
        }
        List<String> modifiers = new ArrayList<>();
        for (String m : p.modifiers()) {
            String w = Identifiers.snake(m.endsWith("s") ? Inflection.singular(m) : m);
            if (usable(w) && !words.contains("determiner", w)) {
                modifiers.add(w);
            }
        }
        if ((words.contains("schema-word", head) || words.contains("generic-head", head)) && !modifiers.isEmpty()) {
            // "the practice sessions table", "ingredient entries": the modifier is the thing
            head = modifiers.remove(modifiers.size() - 1);
        }
        if ((words.contains("screen-head", head) || words.contains("process-head", head)) && !modifiers.isEmpty()
                && (head.equals("form") || !modifiers.get(modifiers.size() - 1).endsWith("ing"))) {
            // "the stock entry form", "the invoice screen": a screen of its modifier's thing ("landing page" names none, a
            // "booking form" does); "vendor registration", "order tracking": doing something to it
            head = modifiers.remove(modifiers.size() - 1);
            if (words.contains("generic-head", head) && !modifiers.isEmpty()) {
                head = modifiers.remove(modifiers.size() - 1);
            }
        }
        if (words.contains("attribute", head) && !modifiers.isEmpty()) {
            String owner = modifiers.get(modifiers.size() - 1);
            if (owner.endsWith("ing")) {
                return null; // "remaining balance", "billing address": a kind of attribute, no thing of its own
            }
            // "the recipe title", "ticket type": an attribute of the thing its modifier names
            return new Thing(owner, head);
        }
        // two words at most: "weekly shopping list item" names a shopping list item, "list_item" is enough
        String name = modifiers.isEmpty() ? head : modifiers.get(modifiers.size() - 1) + "_" + head;
        return new Thing(usable(name) ? name : head, null);
    }

    @Override
    public String head(Sentence.Phrase p) {
        String head = Identifiers.snake(singular(p.head(), p.headWord()));
        return usable(head) ? head : null;
    }

    /**
     * The singular of a noun: the inflector for regular plurals ("quizzes" -> quiz, where the lemmatizer says "quizze"),
     * the lemma for irregular ones ("children"), the word itself otherwise (the inflector would make "santa" "santum").
     */
    static String singular(String lemma, String word) {
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            String inflected = Inflection.singular(word);
            // the inflector's "-ves" rule ("wolves" -> wolf) misreads verbs' nouns ("solves", "moves"): the lemma knows better
            return word.endsWith("ves") && !lemma.equals(word) ? lemma : inflected;
        }
        return lemma;
    }

    @Override
    public Field field(Sentence s, int from, int to) {
        List<String> parts = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String w = s.lower(i);
            String tag = s.tag(i);
            if (w.length() > 3 && w.charAt(1) == '-' && Character.isLetter(w.charAt(0))) {
                w = w.charAt(0) + w.substring(2); // "e-mail", "e-book": one word, as most schemas spell it
            }
            if (words.contains("qualifier", w)) {
                hints.add(w);
            } else if ("DET".equals(tag) || "PRON".equals(tag) || "PUNCT".equals(tag) || "PART".equals(tag) || words.contains("determiner", w)
                    || "in".equals(w) && i + 1 < to && (words.contains("unit", s.lower(i + 1)) || words.contains("unit", s.lemma(i + 1)))) { // "time in minutes": time_minutes
                continue;
            } else {
                parts.add(w);
            }
        }
        String name = Identifiers.snake(String.join(" ", parts));
        return usable(name) ? new Field(name, String.join(" ", hints)) : null;
    }

    @Override
    public String value(Sentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            String w = s.token(i);
            if (!w.matches("['\"`“”‘’]")) {
                b.append(b.length() > 0 ? " " : "").append(w);
            }
        }
        String v = Identifiers.snake(b.toString());
        return v.isEmpty() ? null : v;
    }

    private static boolean usable(String name) {
        return name.length() >= 2 && name.length() <= 60 && name.matches("[a-z][a-z0-9_]*");
    }
}
