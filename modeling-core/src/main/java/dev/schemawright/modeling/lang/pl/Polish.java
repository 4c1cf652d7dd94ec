package dev.schemawright.modeling.lang.pl;

import dev.schemawright.modeling.read.Language;
import dev.schemawright.modeling.read.Names;
import dev.schemawright.modeling.read.RuleBook;
import dev.schemawright.modeling.read.Sentence;
import dev.schemawright.modeling.read.WordClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Polish: sentences and tokens split here, lemmas and parts of speech from Morfologik's Polish dictionary
 * ({@link PolishMorphology}), rules and word classes from {@code lang/pl/}, names translated to English through a lexicon
 * derived from FreeDict ({@link PolishNames}): a Polish document gives the same English snake_case schema an English one
 * would. Rules and word lists name lemmas ("mieć" matches "ma", "mają", "miał").
 */
public final class Polish implements Language {
    private static final class Holder {
        static final WordClasses WORDS = new WordClasses("pl");
        static final RuleBook RULES = RuleBook.load("pl", WORDS);
        static final PolishLexicon LEXICON = new PolishLexicon();
        static final PolishMorphology MORPHOLOGY = new PolishMorphology(WORDS.get("determiner"), WORDS.get("preferred-lemma"), LEXICON::knows);
        /** Every product verb the word classes name: a verb reading of one of them is kept whatever precedes it. */
        static final java.util.Set<String> VERBS = union("create", "manage", "compute", "show", "stored", "have", "belong");

        static {
            LEXICON.fileTermsWith(MORPHOLOGY);
        }

        private static java.util.Set<String> union(String... classes) {
            java.util.Set<String> all = new java.util.HashSet<>();
            for (String c : classes) {
                all.addAll(WORDS.get(c));
            }
            return java.util.Set.copyOf(all);
        }
        static final Polish INSTANCE = new Polish();
    }

    private final PolishNames names = new PolishNames(Holder.MORPHOLOGY, Holder.LEXICON, Holder.WORDS);

    private Polish() {
    }

    public static Polish shared() {
        return Holder.INSTANCE;
    }

    @Override
    public String code() {
        return "pl";
    }

    /** Sentences end at '.', '!' or '?' before a space and a capital or digit, and at line ends. */
    @Override
    public List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = c == '\n'
                    || (c == '.' || c == '!' || c == '?') && i + 2 < n && text.charAt(i + 1) == ' '
                    && (Character.isUpperCase(text.charAt(i + 2)) || Character.isDigit(text.charAt(i + 2)))
                    && !abbreviation(text, i);
            if (end) {
                add(out, text.substring(start, i + 1));
                start = i + 1;
            }
        }
        add(out, text.substring(start));
        return out;
    }

    /** "np.", "m.in.", "tzn.", "itp.": a short word before the dot is no sentence end. */
    private static boolean abbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        String w = text.substring(s, dot).toLowerCase(Locale.ROOT);
        return List.of("np", "in", "tzn", "itp", "itd", "ok", "tj", "wg", "godz", "min", "max", "zł", "r", "ul", "nr", "tel").contains(w);
    }

    private static void add(List<String> out, String s) {
        if (!s.isBlank()) {
            out.add(s.strip());
        }
    }

    @Override
    public Sentence analyze(String sentence) {
        List<String> tokens = tokenize(sentence);
        List<PolishMorphology.Reading> rs = readings(tokens);
        int n = tokens.size();
        String[] tags = new String[n];
        String[] lemmas = new String[n];
        boolean[] plurals = new boolean[n];
        for (int i = 0; i < n; i++) {
            tags[i] = rs.get(i).tag();
            lemmas[i] = rs.get(i).lemma();
            plurals[i] = rs.get(i).plural();
            if ("PROPN".equals(tags[i]) && (i > 0 || "ign".equals(rs.get(i).nkjp())) && !Holder.LEXICON.knows(lemmas[i])) {
                // "Supabase", "Ollama", "DigitalOcean": a capitalized word Polish does not know, inside a sentence or opening it
                // (no Polish word is unknown to the dictionary), is a product's or a person's name, no thing the schema stores
                tags[i] = "X";
                continue;
            }
            if ("ADJ".equals(tags[i]) && i > 0 && ("NOUN".equals(tags[i - 1]) || "PROPN".equals(tags[i - 1])) && PolishNames.relational(lemmas[i])) {
                // "plan treningowy", "kod pocztowy": an adjective made from a noun, after its head, is part of the phrase
                // (the phrase ends at a noun); PolishNames reads it back as the adjective it is
                tags[i] = "NOUN";
                plurals[i] = plurals[i - 1];
            } else if ("NOUN".equals(tags[i]) && (Holder.WORDS.contains("create", lemmas[i]) || Holder.WORDS.contains("manage", lemmas[i]))) {
                tags[i] = "VERB"; // "edycji", "tworzenia": a verb's noun acts as the verb ("możliwość edycji kategorii")
            }
        }
        return new Sentence(sentence, tokens.toArray(new String[0]), tags, lemmas, plurals, true);
    }

    /** The reading of each token in its place (see {@link #choose}). */
    static List<PolishMorphology.Reading> readings(List<String> tokens) {
        List<PolishMorphology.Reading> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            out.add(choose(tokens, i, i > 0 ? out.get(i - 1).tag() : ""));
        }
        return out;
    }

    /**
     * The reading of token i in its place: a word that may be a noun or an adjective ("własnych": own, or the noun
     * "własne") is the adjective before a word that can only be a noun; a word that may be a verb or a noun is the noun
     * after a preposition or, in the genitive, after a noun; otherwise the best-ranked reading.
     */
    private static PolishMorphology.Reading choose(List<String> tokens, int i, String previous) {
        List<PolishMorphology.Reading> rs = Holder.MORPHOLOGY.readings(tokens.get(i));
        PolishMorphology.Reading best = rs.get(0);
        PolishMorphology.Reading noun = rs.stream().filter(r -> "NOUN".equals(r.tag())).findFirst().orElse(null);
        if ("VERB".equals(best.tag()) && noun != null && !Holder.VERBS.contains(best.lemma())
                && ("ADP".equals(previous) || ("NOUN".equals(previous) || "PROPN".equals(previous)) && noun.genitive())) {
            return noun; // "po nazwie", "liczba gości": after a preposition, or a genitive after a noun, no verb
        }
        PolishMorphology.Reading adjective = rs.stream().filter(r -> "ADJ".equals(r.tag())).findFirst().orElse(null);
        if ("NOUN".equals(best.tag()) && adjective != null && !Holder.LEXICON.knows(best.lemma()) && Holder.LEXICON.knows(adjective.lemma())) {
            return adjective; // "nowa": new, not a nova
        }
        if ("NOUN".equals(best.tag()) && i + 1 < tokens.size() && !Holder.WORDS.contains("noun-first", best.lemma())) {
            List<PolishMorphology.Reading> next = Holder.MORPHOLOGY.readings(tokens.get(i + 1));
            if (adjective != null && "NOUN".equals(next.get(0).tag()) && next.stream().noneMatch(r -> "ADJ".equals(r.tag()))) {
                return adjective;
            }
        }
        return best;
    }

    /** Words (letters, digits, and '_' or '-' inside a word, as in "e-mail", "created_at") and single punctuation marks. */
    static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j))
                        || (text.charAt(j) == '_' || text.charAt(j) == '-') && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1)))) {
                    j++;
                }
                out.add(text.substring(i, j));
                i = j;
                continue;
            }
            out.add(String.valueOf(c));
            i++;
        }
        return out;
    }

    @Override
    public WordClasses words() {
        return Holder.WORDS;
    }

    @Override
    public RuleBook rules() {
        return Holder.RULES;
    }

    @Override
    public Names names() {
        return names;
    }

    /**
     * How the names of {@code texts} were made, by English name, first phrase first: what design.md's decision on
     * names from Polish documents lists.
     */
    public java.util.Map<String, PolishNames.Origin> origins(List<String> texts) {
        java.util.Map<String, PolishNames.Origin> out = new java.util.LinkedHashMap<>();
        for (String text : texts) {
            for (String sentence : text.length() < 200 ? List.of(text) : sentences(text)) {
                if (sentence.length() > 600) {
                    continue;
                }
                Sentence s = analyze(sentence);
                for (int i = 0; i < s.size(); i++) {
                    for (int end : s.phraseEndsOf(i)) {
                        PolishNames.Origin o = names.origin(s.phrase(i, end));
                        if (o != null) {
                            out.putIfAbsent(o.name(), o);
                        }
                    }
                }
            }
        }
        return out;
    }
}
