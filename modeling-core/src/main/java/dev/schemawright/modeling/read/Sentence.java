package dev.schemawright.modeling.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One sentence as the rules see it: tokens with Universal Dependencies part-of-speech tags and lemmas (from the
 * document's {@link Language}), and the noun phrases that start at each token. Immutable once built. Rules never see
 * raw text: every pattern runs over these arrays, so its cost is bounded by the sentence length, whatever the text.
 */
public final class Sentence {
    /** Longest noun phrase, in tokens: "the weekly shopping list item" is five. */
    static final int MAX_PHRASE = 8;
    private static final Set<String> POSSESSIVES = Set.of("my", "your", "his", "her", "its", "our", "their");
    private static final Set<String> MANY = Set.of("multiple", "several", "many", "numerous");
    private static final Set<String> OPENING_QUOTES = Set.of("\"", "“", "„", "«");

    /** Heads that count what follows "of": "a set of questions" names questions, many of them. */
    private static final Set<String> QUANTIFIERS = Set.of("set", "list", "collection", "number", "group", "series", "array", "pair", "batch",
            "bunch", "variety", "range", "multitude", "lot");

    private final String text;
    private final String[] tokens;
    private final String[] lower;
    private final String[] tags;
    private final String[] lemmas;
    /** phraseEnds[i]: exclusive ends of the noun phrases starting at token i, longest first (empty when none starts there). */
    private final int[][] phraseEnds;
    private final Set<String> words;
    /** Which tokens the language's morphology says are plural (null: judged from English spelling). */
    private final boolean[] plurals;
    /** Whether a phrase's head is its first noun, what follows qualifying it (Polish: "zdjęcia protokołu"), not its last. */
    private final boolean headFirst;

    public Sentence(String text, String[] tokens, String[] tags, String[] lemmas) {
        this(text, tokens, tags, lemmas, null);
    }

    /** A sentence whose language marks number itself ({@code plurals[i]}: token i is plural), as Polish morphology does. */
    public Sentence(String text, String[] tokens, String[] tags, String[] lemmas, boolean[] plurals) {
        this(text, tokens, tags, lemmas, plurals, false);
    }

    /**
     * The same, for a language whose noun phrase puts its head first and the nouns qualifying it after, in the genitive
     * ({@code headFirst}: Polish "zdjęcia protokołu", photos of a protocol): a phrase's number and word class are its
     * first noun's.
     */
    public Sentence(String text, String[] tokens, String[] tags, String[] lemmas, boolean[] plurals, boolean headFirst) {
        this.headFirst = headFirst;
        if (plurals != null && plurals.length != tokens.length) {
            throw new IllegalArgumentException("tokens and plurals differ in length");
        }
        this.plurals = plurals == null ? null : plurals.clone();
        if (tokens.length != tags.length || tokens.length != lemmas.length) {
            throw new IllegalArgumentException("tokens, tags and lemmas differ in length");
        }
        this.text = text;
        this.tokens = tokens.clone();
        this.tags = tags.clone();
        this.lemmas = lemmas.clone();
        this.lower = new String[tokens.length];
        Set<String> w = new HashSet<>();
        for (int i = 0; i < tokens.length; i++) {
            lower[i] = tokens[i].toLowerCase(Locale.ROOT);
            if (isReference(tokens[i])) {
                this.tags[i] = "X"; // "US-001", "FR-12": a requirement's id names nothing
            } else if (isIdentifier(lower[i])) {
                this.tags[i] = "NOUN"; // a snake_case name in prose ("starts_at") is a column or table name, whatever the tagger says
                this.lemmas[i] = lower[i];
            }
            w.add(lower[i]);
            w.add(this.lemmas[i]);
        }
        for (int i = 0; i + 2 < tokens.length; i++) {
            if (isCapitals(tokens[i]) && ("-".equals(tokens[i + 1]) || "_".equals(tokens[i + 1])) && isDigits(tokens[i + 2])) {
                this.tags[i] = "X"; // "US - 001" as the tokenizer splits it
                this.tags[i + 1] = "X";
                this.tags[i + 2] = "X";
            }
        }
        this.words = Set.copyOf(w);
        this.phraseEnds = new int[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
            phraseEnds[i] = phraseEndsFrom(i);
        }
    }

    public String text() {
        return text;
    }

    public int size() {
        return tokens.length;
    }

    public String token(int i) {
        return tokens[i];
    }

    public String lower(int i) {
        return lower[i];
    }

    public String tag(int i) {
        return tags[i];
    }

    public String lemma(int i) {
        return lemmas[i];
    }

    /** Every token's lower-case form and lemma: what the rule book's prefilter looks rules up by. */
    public Set<String> words() {
        return words;
    }

    public boolean isNoun(int i) {
        return "NOUN".equals(tags[i]) || "PROPN".equals(tags[i]);
    }

    private boolean countedBefore(int from) {
        if (from >= 1 && MANY.contains(lower[from])) {
            return true;
        }
        if (from >= 3 && "at".equals(lower[from - 3]) && "least".equals(lower[from - 2]) && "one".equals(lower[from - 1])) {
            return true;
        }
        return from >= 3 && "one".equals(lower[from - 3]) && "or".equals(lower[from - 2]) && "more".equals(lower[from - 1])
                || from >= 1 && MANY.contains(lower[from - 1]);
    }

    /** Exclusive ends of the noun phrases that start at {@code i}, longest first. */
    int[] phraseEnds(int i) {
        return phraseEnds[i];
    }

    /** The same, for readers outside this package (a copy). */
    public int[] phraseEndsOf(int i) {
        return phraseEnds[i].clone();
    }

    /** The words of tokens [from, to) joined by spaces, lower case. */
    public String span(int from, int to) {
        return String.join(" ", Arrays.copyOfRange(lower, from, to));
    }

    /** The token that heads the noun phrase [from, to): its last noun, or its first in a head-first language; -1 when none. */
    public int headIndex(int from, int to) {
        if (headFirst) {
            for (int i = from; i < to; i++) {
                if (isNoun(i)) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = to - 1; i >= from; i--) {
            if (isNoun(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The noun phrase [from, to): its head (the last noun) and the nouns that modify it, as lemmas. */
    public Phrase phrase(int from, int to) {
        int head = -1;
        for (int i = to - 1; i >= from; i--) {
            if (isNoun(i)) {
                head = i;
                break;
            }
        }
        if (head < 0) {
            throw new IllegalArgumentException("no noun in " + span(from, to));
        }
        List<String> modifiers = new ArrayList<>();
        List<String> adjectives = new ArrayList<>();
        boolean quantified = false;
        for (int i = from; i < head; i++) {
            if ("of".equals(lower[i])) {
                modifiers.clear(); // "a set of questions": what comes before "of" counts, it names nothing
                adjectives.clear();
                quantified = true;
                continue;
            }
            if (isNoun(i) || "NUM".equals(tags[i]) && !modifiers.isEmpty()) {
                modifiers.add(lemmas[i]);
            } else if ("ADJ".equals(tags[i]) || "VERB".equals(tags[i])) {
                if (modifiers.isEmpty()) {
                    adjectives.add(lemmas[i]);
                } else {
                    modifiers.clear(); // "user defined tag": only the nouns next to the head name the thing
                    adjectives.add(lemmas[i]);
                }
            }
        }
        String h = lower[head];
        boolean plural = plurals != null ? plurals[headIndex(from, to)]
                : h.endsWith("s") && !h.endsWith("ss") && !h.endsWith("us") && !h.endsWith("is") && h.length() > 3;
        // "at least one step", "one or more tickets", "multiple tags": many of them, each a row
        quantified = quantified || countedBefore(from);
        boolean possessed = from > 0 && (POSSESSIVES.contains(lower[from - 1]) || POSSESSIVES.contains(lower[from]))
                || from > 0 && "'s".equals(lower[from - 1]);
        return new Phrase(from, to, lemmas[head], lower[head], List.copyOf(modifiers), List.copyOf(adjectives), plural, possessed, quantified,
                span(from, to));
    }

    private int[] phraseEndsFrom(int start) {
        int i = start;
        int n = tokens.length;
        // determiners and possessives open a phrase but name nothing
        while (i < n && i - start < 2 && ("DET".equals(tags[i]) || POSSESSIVES.contains(lower[i]))) {
            i++;
        }
        if (i + 2 < n && QUANTIFIERS.contains(lower[i]) && "of".equals(lower[i + 1])) {
            return phraseEndsFrom(i + 2); // "a set of questions" (whatever the tagger made of "set") names questions
        }
        List<Integer> ends = new ArrayList<>();
        int limit = Math.min(n, start + MAX_PHRASE);
        for (; i < limit; i++) {
            String tag = tags[i];
            boolean noun = isNoun(i);
            boolean modifier = "ADJ".equals(tag) || "NUM".equals(tag)
                    || "VERB".equals(tag) && (lower[i].endsWith("ed") || lower[i].endsWith("ing")) && i + 1 < n && (isNoun(i + 1) || "ADJ".equals(tags[i + 1]))
                    || "-".equals(lower[i]) && i > start && i + 1 < n
                    // an opening quote around a term: add their first "Brand"
                    || OPENING_QUOTES.contains(lower[i]) && i + 1 < n && (isNoun(i + 1) || "ADJ".equals(tags[i + 1]));
            if (noun) {
                ends.add(i + 1);
            } else if (!modifier) {
                break;
            }
        }
        // "a set of questions", "the list of ingredients": the phrase goes on to the things counted
        if (!ends.isEmpty()) {
            int last = ends.get(ends.size() - 1);
            if (QUANTIFIERS.contains(lemmas[last - 1]) && last + 1 < n && "of".equals(lower[last])) {
                int[] inner = phraseEndsFrom(last + 1);
                if (inner.length > 0) {
                    ends.add(inner[0]);
                }
            }
        }
        int[] out = new int[ends.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = ends.get(out.length - 1 - k);
        }
        return out;
    }

    /** Requirement ids: capitals, a dash or not, digits ("US-001", "FR12", "NFR-3"). */
    private static boolean isReference(String token) {
        int i = 0;
        while (i < token.length() && token.charAt(i) >= 'A' && token.charAt(i) <= 'Z') {
            i++;
        }
        if (i < 1 || i > 5) {
            return false;
        }
        if (i < token.length() && (token.charAt(i) == '-' || token.charAt(i) == '_')) {
            i++;
        }
        int digits = 0;
        while (i < token.length() && Character.isDigit(token.charAt(i))) {
            i++;
            digits++;
        }
        return digits > 0 && i == token.length();
    }

    private static boolean isCapitals(String token) {
        if (token.isEmpty() || token.length() > 5) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < 'A' || token.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String token) {
        if (token.isEmpty() || token.length() > 6) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdentifier(String word) {
        int underscore = word.indexOf('_');
        if (underscore <= 0 || underscore == word.length() - 1) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A noun phrase: {@code head} is the lemma of its last noun ({@code headWord} as written, lower case), {@code modifiers} the nouns right before it ("study" in
     * "study sessions"), {@code adjectives} what qualifies it ("private", "shared"); {@code plural} when the head was
     * written in the plural; {@code possessed} after "my", "their", "'s"; {@code quantified} for "a set of X", "a list of X".
     */
    public record Phrase(int from, int to, String head, String headWord, List<String> modifiers, List<String> adjectives, boolean plural, boolean possessed,
                         boolean quantified, String text) {
        /** The compound the phrase names: modifiers and head ("study_session"). */
        public String compound() {
            return modifiers.isEmpty() ? head : String.join("_", modifiers) + "_" + head;
        }
    }
}
