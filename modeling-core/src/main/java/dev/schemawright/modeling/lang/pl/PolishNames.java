package dev.schemawright.modeling.lang.pl;

import dev.schemawright.modeling.lang.Identifiers;
import dev.schemawright.modeling.read.Names;
import dev.schemawright.modeling.read.Sentence;
import dev.schemawright.modeling.read.WordClasses;
import java.util.ArrayList;
import java.util.List;

/**
 * Polish noun phrases as English schema names. A Polish phrase puts its head first and what qualifies it after, in the
 * genitive ("lista zakupów": list of purchases, "data utworzenia": date of creation), or before it as a relational
 * adjective ("plan treningowy": training plan); the name is the English compound, modifier first: purchase_list,
 * creation_date, training_plan. A multi-word dictionary term wins over word-by-word ("gospodarstwo domowe": household).
 * The English word classes (attribute, generic-head, schema-word) judge the translated words, as they judge English ones.
 */
public final class PolishNames implements Names {
    private final PolishMorphology morphology;
    private final PolishLexicon lexicon;
    private final WordClasses words;
    private final WordClasses english = new WordClasses("en");

    PolishNames(PolishMorphology morphology, PolishLexicon lexicon, WordClasses words) {
        this.morphology = morphology;
        this.lexicon = lexicon;
        this.words = words;
    }

    /** One word of a phrase: its lemma and tag. */
    private record Word(String lemma, String tag, boolean plural) {
        boolean noun() {
            return "NOUN".equals(tag) || "PROPN".equals(tag);
        }
    }

    /** A phrase read the Polish way: its head, the word qualifying it (genitive noun or relational adjective), in English. */
    private record Parts(String head, String modifier, String headPolish) {
    }

    private List<Word> words(List<String> tokens) {
        List<Word> out = new ArrayList<>();
        for (PolishMorphology.Reading r : Polish.readings(tokens)) {
            out.add(new Word(r.lemma(), r.tag(), r.plural()));
        }
        return out;
    }

    private Parts parts(List<Word> ws) {
        int head = -1;
        for (int i = 0; i < ws.size(); i++) {
            if (ws.get(i).noun()) {
                head = i;
                break;
            }
        }
        if (head < 0) {
            return null;
        }
        Word h = ws.get(head);
        // a dictionary term of two words: the head and the word after it, or the adjective before it
        if (head + 1 < ws.size()) {
            PolishLexicon.Translation t = lexicon.phrase(h.lemma() + " " + ws.get(head + 1).lemma());
            if (t != null && usable(t.english())) {
                String rest = head + 2 < ws.size() && ws.get(head + 2).noun() ? english(ws.get(head + 2)) : null;
                return new Parts(t.english(), rest, h.lemma());
            }
        }
        if (head > 0 && "ADJ".equals(ws.get(head - 1).tag())) {
            PolishLexicon.Translation t = lexicon.phrase(ws.get(head - 1).lemma() + " " + h.lemma());
            if (t != null && usable(t.english())) {
                return new Parts(t.english(), null, h.lemma());
            }
        }
        String headEn = english(h);
        String modifier = null;
        int genitive = head + 1;
        while (genitive < ws.size() && "ADJ".equals(ws.get(genitive).tag()) && !relational(ws.get(genitive).lemma())) {
            genitive++; // "lista ulubionych przepisów": the adjective qualifies the genitive
        }
        if (genitive < ws.size() && ws.get(genitive).noun()) {
            modifier = english(ws.get(genitive)); // "lista zakupów": the genitive after the head
        } else {
            // after the head only: "plan treningowy" names a training plan, "tygodniowe statystyki" are statistics
            for (int i = head + 1; i < ws.size(); i++) {
                if ("ADJ".equals(ws.get(i).tag()) && relational(ws.get(i).lemma())) {
                    modifier = relationalNoun(ws.get(i).lemma()); // "plan treningowy", "domowy budżet"
                    break;
                }
            }
        }
        return new Parts(headEn, modifier != null && usable(modifier) ? modifier : null, h.lemma());
    }

    /** Adjectives made from nouns ("treningowy" of "trening", "bankowy" of "bank"): they name a kind, as a noun modifier does. */
    static boolean relational(String lemma) {
        return lemma.endsWith("owy") && !QUALITATIVE.contains(lemma);
    }

    /** Adjectives in -owy that are not made from a noun: "nowy" (new), "gotowy" (ready). */
    private static final java.util.Set<String> QUALITATIVE = java.util.Set.of("nowy", "gotowy", "zdrowy", "surowy", "różowy", "owy");

    /** "treningowy" names "trening" (training): the noun it is made from when the lexicon knows it, else the adjective. */
    private String relationalNoun(String adjective) {
        String stem = adjective.substring(0, adjective.length() - 3);
        // "treningowy": trening; "planszowy": plansza; "biurowy": biuro
        for (String noun : List.of(stem, stem + "a", stem + "o", stem + "e")) {
            if (lexicon.knows(noun)) {
                return lexicon.word(noun, false).english();
            }
        }
        return lexicon.word(adjective, true).english();
    }

    private String english(Word w) {
        return lexicon.word(w.lemma(), !w.noun()).english();
    }

    private static List<String> tokens(Sentence.Phrase p) {
        return List.of(p.text().split(" "));
    }

    @Override
    public String entity(Sentence.Phrase p) {
        String[] t = thing(p);
        return t == null ? null : t[0];
    }

    @Override
    public String attributeOf(Sentence.Phrase p) {
        String[] t = thing(p);
        return t == null ? null : t[1];
    }

    /** {name, attribute}: "nazwa przepisu" is recipe and its name; "tabela użytkowników" is user; "lista zakupów" purchase_list. */
    private String[] thing(Sentence.Phrase p) {
        Parts parts = parts(words(tokens(p)));
        if (parts == null || !usable(parts.head())) {
            return null;
        }
        String head = parts.head();
        String modifier = parts.modifier();
        if (modifier != null && (words.contains("generic-head", parts.headPolish()) || words.contains("quantifier", parts.headPolish()))) {
            return new String[] {modifier, null}; // "formularz wydatku", "historia odczytów": the genitive is the thing
        }
        if (modifier != null && (english.contains("schema-word", head) || english.contains("generic-head", head))) {
            return new String[] {modifier, null}; // "tabela użytkowników", "wpisy wydatków": the genitive is the thing
        }
        if (modifier != null && english.contains("attribute", head)) {
            return new String[] {modifier, head}; // "nazwa przepisu": the recipe's name
        }
        String name = modifier == null ? head : modifier + "_" + head;
        return new String[] {usable(name) ? name : head, null};
    }

    /** How a thing's English name was made: the Polish words it stands for, and whether the lexicon knew them all. */
    public record Origin(String name, String polish, boolean transliterated) {
    }

    /** The origin of the thing phrase {@code p} names, or null when it names none. */
    public Origin origin(Sentence.Phrase p) {
        String name = entity(p);
        if (name == null) {
            return null;
        }
        List<String> lemmas = new ArrayList<>();
        boolean unknown = false;
        for (Word w : words(tokens(p))) {
            if (w.noun() || "ADJ".equals(w.tag()) && relational(w.lemma())) {
                lemmas.add(w.lemma());
                unknown |= !lexicon.knows(w.lemma()) && !(relational(w.lemma()) && lexicon.knows(w.lemma().substring(0, w.lemma().length() - 3)));
            }
        }
        return lemmas.isEmpty() ? null : new Origin(name, String.join(" ", lemmas), unknown);
    }

    /** The nouns after the head ("rekomendacje gier planszowych": board_game), each a mention of its own thing. */
    @Override
    public List<String> inner(Sentence.Phrase p) {
        List<Word> ws = words(tokens(p));
        List<String> out = new ArrayList<>();
        boolean afterHead = false;
        for (int i = 0; i < ws.size(); i++) {
            if (!ws.get(i).noun()) {
                continue;
            }
            if (afterHead) {
                Parts inner = parts(ws.subList(i, ws.size()));
                if (inner != null && usable(inner.head())) {
                    String name = inner.modifier() == null ? inner.head() : inner.modifier() + "_" + inner.head();
                    out.add(usable(name) ? name : inner.head());
                }
                break;
            }
            afterHead = true;
        }
        return out;
    }

    @Override
    public String head(Sentence.Phrase p) {
        Parts parts = parts(words(tokens(p)));
        return parts == null || !usable(parts.head()) ? null : parts.head();
    }

    @Override
    public Field field(Sentence s, int from, int to) {
        List<String> hints = new ArrayList<>();
        List<Word> ws = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String lemma = s.lemma(i);
            String tag = s.tag(i);
            if (words.contains("qualifier", lemma)) {
                hints.add(lexicon.word(lemma, true).english());
            } else if (!"DET".equals(tag) && !"PRON".equals(tag) && !"PUNCT".equals(tag) && !"ADP".equals(tag) && !"CCONJ".equals(tag)
                    && !words.contains("determiner", lemma)) {
                // the sentence's own reading (in context); an adjective it counted into the phrase is an adjective again
                ws.add(new Word(lemma, "NOUN".equals(tag) && relational(lemma) ? "ADJ" : tag, false));
            }
        }
        if (ws.isEmpty()) {
            return null;
        }
        Parts parts = parts(ws);
        String name;
        if (parts == null) {
            // no noun: "aktywny", "opłacony" are fields too (flags, states)
            name = lexicon.word(ws.get(0).lemma(), true).english();
        } else {
            name = parts.modifier() == null ? parts.head() : parts.modifier() + "_" + parts.head();
        }
        name = Identifiers.snake(name);
        return usable(name) ? new Field(name, String.join(" ", hints)) : null;
    }

    @Override
    public String value(Sentence s, int from, int to) {
        List<String> parts = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String w = s.token(i);
            if (w.matches("['\"`“”‘’„]")) {
                continue;
            }
            String lemma = s.lemma(i);
            String participle = "ADJ".equals(s.tag(i)) ? lexicon.participle(lemma) : null;
            boolean known = lexicon.knows(lemma) && !"VERB".equals(s.tag(i));
            parts.add(participle != null ? participle : known ? lexicon.word(lemma, !s.isNoun(i)).english() : PolishLexicon.transliterate(w));
        }
        String v = Identifiers.snake(String.join(" ", parts));
        return v.isEmpty() ? null : v;
    }

    private static boolean usable(String name) {
        return name != null && name.length() >= 2 && name.length() <= 60 && name.matches("[a-z][a-z0-9_]*");
    }
}
