package dev.schemawright.modeling.lang.en;

import dev.schemawright.modeling.lang.EnglishNlp;
import dev.schemawright.modeling.lang.TaggedSentence;
import dev.schemawright.modeling.read.Language;
import dev.schemawright.modeling.read.Names;
import dev.schemawright.modeling.read.RuleBook;
import dev.schemawright.modeling.read.Sentence;
import dev.schemawright.modeling.read.WordClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** English: OpenNLP sentences, tokens, UD tags and lemmas; rules and word classes from {@code lang/en/}. */
public final class English implements Language {
    private static final class Holder {
        static final WordClasses WORDS = new WordClasses("en");
        static final RuleBook RULES = RuleBook.load("en", WORDS);
        static final English INSTANCE = new English();
        /** Every product verb the word classes name: what the tagger may mistake for a noun. */
        static final Set<String> VERBS = union(WORDS.get("verb"), WORDS.get("create"), WORDS.get("manage"), WORDS.get("compute"), WORDS.get("belong"),
                WORDS.get("have"), WORDS.get("act"));

        @SafeVarargs
        private static Set<String> union(Set<String>... sets) {
            java.util.Set<String> all = new java.util.TreeSet<>();
            for (Set<String> s : sets) {
                all.addAll(s);
            }
            return java.util.Collections.unmodifiableSet(all);
        }
    }

    private final EnglishNlp nlp = EnglishNlp.shared();
    private final Names names = new EnglishNames(Holder.WORDS);

    private English() {
    }

    public static English shared() {
        return Holder.INSTANCE;
    }

    @Override
    public String code() {
        return "en";
    }

    @Override
    public List<String> sentences(String text) {
        return List.of(nlp.sentences(text));
    }

    @Override
    public Sentence analyze(String sentence) {
        TaggedSentence t = nlp.tag(sentence);
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> lemmas = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String token = t.tokens()[i];
            int apostrophe = Math.max(token.lastIndexOf("'s"), token.lastIndexOf("’s"));
            if (apostrophe > 0 && apostrophe == token.length() - 2) {
                // "user's" comes as one token (tagged NOUN+PART, or PUNCT with a curly apostrophe): the noun and the possessive
                // mark, as the rules expect them
                String noun = token.substring(0, apostrophe);
                String tag = t.tags()[i].indexOf('+') > 0 ? t.tags()[i].substring(0, t.tags()[i].indexOf('+')) : t.tags()[i];
                tokens.add(noun);
                tags.add("PUNCT".equals(tag) || "X".equals(tag) || "PART".equals(tag) ? "NOUN" : tag);
                lemmas.add(noun.toLowerCase(Locale.ROOT));
                tokens.add("'s");
                tags.add("PART");
                lemmas.add("'s");
                continue;
            }
            String tag = t.tags()[i].indexOf('+') > 0 ? t.tags()[i].substring(0, t.tags()[i].indexOf('+')) : t.tags()[i];
            if ("-".equals(token) && !tokens.isEmpty() && i + 1 < t.size() && isWord(tokens.get(tokens.size() - 1)) && isWord(t.tokens()[i + 1])
                    && sentence.contains(tokens.get(tokens.size() - 1) + "-" + t.tokens()[i + 1])) {
                // "check-in date", "follow-up call": a hyphenated compound is one word, a noun when either part is one
                int last = tokens.size() - 1;
                String next = t.tokens()[i + 1];
                String nextTag = t.tags()[i + 1].indexOf('+') > 0 ? t.tags()[i + 1].substring(0, t.tags()[i + 1].indexOf('+')) : t.tags()[i + 1];
                String word = tokens.get(last) + "-" + next;
                tokens.set(last, word);
                tags.set(last, "NOUN".equals(tags.get(last)) || "NOUN".equals(nextTag) || "PROPN".equals(nextTag) ? "NOUN" : "ADJ");
                lemmas.set(last, word.toLowerCase(Locale.ROOT));
                i++;
                continue;
            }
            tokens.add(token);
            tags.add(tag);
            lemmas.add(t.lemmas()[i]);
        }
        String[] tagArray = tags.toArray(new String[0]);
        String[] lemmaArray = lemmas.toArray(new String[0]);
        for (int i = 0; i < tagArray.length; i++) {
            if ("DET".equals(tagArray[i]) && !Holder.WORDS.contains("determiner", tokens.get(i).toLowerCase(Locale.ROOT))) {
                tagArray[i] = "ADJ"; // "fixed annual interest rate": the tagger calls "annual" a determiner
            }
        }
        verbsTaggedAsNouns(tokens, tagArray, lemmaArray);
        return new Sentence(sentence, tokens.toArray(new String[0]), tagArray, lemmaArray);
    }

    /**
     * The tagger reads "Users manage contacts" and "create, edit and delete" as noun runs: a product verb right after its
     * subject (a noun or pronoun), after "to" or a modal, or inside a list of verbs, is a verb when a phrase follows it.
     */
    private static void verbsTaggedAsNouns(List<String> tokens, String[] tags, String[] lemmas) {
        Set<String> verbs = Holder.VERBS;
        if (tokens.size() > 2 && "NOUN".equals(tags[0]) && verbs.contains(tokens.get(0).toLowerCase(Locale.ROOT))
                && Set.of("NOUN", "DET", "ADJ", "PRON").contains(tags[1])) {
            tags[0] = "VERB"; // an imperative: "Store recipes with...", "Add loan with..."
            lemmas[0] = tokens.get(0).toLowerCase(Locale.ROOT);
        }
        for (int k = 1; k < tokens.size(); k++) {
            if (HAVE.contains(tokens.get(k).toLowerCase(Locale.ROOT)) && "AUX".equals(tags[k]) && k + 1 < tokens.size() && "VERB".equals(tags[k + 1])
                    && tokens.get(k + 1).toLowerCase(Locale.ROOT).equals(lemmas[k + 1]) && !PARTICIPLE_LIKE_BASE.contains(lemmas[k + 1])) {
                tags[k] = "VERB"; // "the form has warehouse, quantity and notes": a perfect takes a participle, so a base form
                lemmas[k] = "have"; // after "has" is the noun it has
                tags[k + 1] = "NOUN";
                continue;
            }
            if (HAVE.contains(tokens.get(k).toLowerCase(Locale.ROOT)) && !"VERB".equals(tags[k]) && !"AUX".equals(tags[k])) {
                tags[k] = "VERB"; // "and has a unique code": "has" is a verb whatever the tagger made of it
                lemmas[k] = "have";
                continue;
            }
            String after = k + 1 < tokens.size() ? tags[k + 1] : "PUNCT";
            String previous = tokens.get(k - 1).toLowerCase(Locale.ROOT);
            if ("VERB".equals(tags[k]) && "NOUN".equals(after) && !verbs.contains(lemmas[k])
                    && (",".equals(previous) || "and".equals(previous) || "or".equals(previous) || "DET".equals(tags[k - 1]) || "ADJ".equals(tags[k - 1]))) {
                tags[k] = "NOUN"; // "ingredients, cook time and notes": a noun modifier in a list, not a verb
                continue;
            }
            if ("VERB".equals(tags[k]) && Set.of("PUNCT", "ADP", "CCONJ").contains(after) && !Holder.WORDS.contains("belong", tokens.get(k).toLowerCase(Locale.ROOT))
                    && ("NOUN".equals(tags[k - 1]) && k >= 2 && "DET".equals(tags[k - 2])
                    || "to".equalsIgnoreCase(tokens.get(k - 1)) && !verbs.contains(lemmas[k]) && !verbs.contains(tokens.get(k).toLowerCase(Locale.ROOT)))) {
                tags[k] = "NOUN"; // "a meal plan.", "adds card to deck": the phrase's last word, which the tagger took for a verb
                continue;
            }
            if (k + 1 >= tokens.size()) {
                continue;
            }
            if (!"NOUN".equals(tags[k])) {
                continue;
            }
            String lower = tokens.get(k).toLowerCase(Locale.ROOT);
            String base = lower.endsWith("es") && verbs.contains(lower.substring(0, lower.length() - 2)) ? lower.substring(0, lower.length() - 2)
                    : lower.endsWith("s") && verbs.contains(lower.substring(0, lower.length() - 1)) ? lower.substring(0, lower.length() - 1) : lower;
            if (!verbs.contains(base)) {
                continue;
            }
            String before = tags[k - 1];
            String beforeWord = tokens.get(k - 1).toLowerCase(Locale.ROOT);
            // a capitalised subject the tagger calls a proper noun keeps its plural as its lemma ("Neighbours vote")
            boolean pluralBefore = beforeWord.endsWith("s") && (!lemmas[k - 1].equals(beforeWord) || "PROPN".equals(before) && !beforeWord.endsWith("ss"));
            // subject and verb agree: "users manage", "the app calculates"
            boolean afterSubject = "PRON".equals(before)
                    || ("NOUN".equals(before) || "PROPN".equals(before)) && (pluralBefore ? base.equals(lower) : !base.equals(lower));
            boolean afterModal = "AUX".equals(before) || "PART".equals(before) && "to".equals(beforeWord);
            boolean afterGlue = ",".equals(beforeWord) || "and".equals(beforeWord) || "or".equals(beforeWord);
            boolean inVerbList = k >= 2 && afterGlue && ("VERB".equals(tags[k - 2]) || verbPhraseBefore(tags, k - 2) && "NOUN".equals(tags[k + 1]));
            String next = tags[k + 1];
            boolean phraseFollows = Set.of("DET", "NOUN", "ADJ", "PRON", "ADP", "NUM", "PROPN").contains(next)
                    || inVerbList && (",".equals(tokens.get(k + 1)) || "CCONJ".equals(next));
            if ((afterSubject || afterModal || inVerbList) && phraseFollows) {
                tags[k] = "VERB";
                lemmas[k] = base;
            }
        }
    }

    private static final Set<String> HAVE = Set.of("has", "have", "had");

    private static boolean isWord(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isLetterOrDigit) && Character.isLetter(token.charAt(0));
    }
    /** Verbs whose past participle is their base form ("has set", "has run"): after "has" they stay verbs. */
    private static final Set<String> PARTICIPLE_LIKE_BASE = Set.of("set", "put", "cut", "let", "hit", "run", "come", "become", "read", "spread",
            "shut", "cost", "hurt", "quit", "bet", "split", "upset", "broadcast", "forecast", "overcome");

    /**
     * Whether the list item ending at {@code last} is a verb and its object ("browse events" in "browse events, place
     * orders"): a verb followed by nouns, adjectives and determiners only, so the next item is parallel to it.
     */
    private static boolean verbPhraseBefore(String[] tags, int last) {
        int j = last;
        while (j >= 0 && ("NOUN".equals(tags[j]) || "ADJ".equals(tags[j]) || "DET".equals(tags[j]) || "PROPN".equals(tags[j]))) {
            j--;
        }
        return j >= 0 && j < last && "NOUN".equals(tags[last]) && "VERB".equals(tags[j]);
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
}
