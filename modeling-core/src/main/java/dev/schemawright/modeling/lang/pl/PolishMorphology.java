package dev.schemawright.modeling.lang.pl;

import dev.schemawright.modeling.lang.BoundedMemo;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;

/**
 * Polish lemmas and parts of speech from Morfologik's dictionary (the NKJP tagset: subst, adj, fin, praet, prep...),
 * mapped to Universal Dependencies tags as the rules expect them. A form has several readings ("mają": the noun "maja"
 * or the verb "mieć"); without a tagger, the reading is chosen by a fixed order of parts of speech: function words, then
 * verbs, then nouns, then adjectives, so "ma" reads as "has" and "do" as "to". Words the dictionary lacks (English
 * loanwords such as "email", "dashboard") are nouns.
 */
final class PolishMorphology {
    /** One reading of one word: its lemma, its UD tag, and whether it is plural. */
    record Reading(String lemma, String tag, boolean plural, String nkjp) {
        /** A noun reading in the genitive: "liczba gości", "lista zakupów". */
        boolean genitive() {
            return nkjp.contains(":gen");
        }
    }

    /**
     * Readings ranked: function words, verbs ("ma": has, not the old form of "mój"), determiners (the word class), nouns, gerunds (verbs' nouns:
     * "usuwania"), adjectives... A noun outranks the gerund of the same form ("zamówienie": an order, not "ordering").
     */
    private static final List<String> ORDER = List.of("ADP", "CCONJ", "SCONJ", "AUX", "VERB", "DET", "NOUN", "GER", "IMPT", "ADJ", "NUM", "PRON", "ADV",
            "PART", "INTJ", "X");

    private final BoundedMemo<List<Reading>> memo = new BoundedMemo<>(50_000);
    private final ThreadLocal<PolishStemmer> stemmer = ThreadLocal.withInitial(PolishStemmer::new);
    private final java.util.Set<String> determiners;
    private final java.util.function.Predicate<String> known;
    /** Lemmas chosen over another of the same form ("listy": lista, not list, a letter). */
    private final java.util.Set<String> preferred;

    /** {@code known}: lemmas the lexicon translates, preferred where a form has two lemmas of one part of speech. */
    PolishMorphology(java.util.Set<String> determiners, java.util.Set<String> preferred, java.util.function.Predicate<String> known) {
        this.determiners = determiners;
        this.preferred = preferred;
        this.known = known;
    }

    /** The best reading of {@code word} as written (case matters only for unknown words: a capital makes a name). */
    Reading read(String word) {
        return readings(word).get(0);
    }

    /** Every reading of {@code word}, one per part of speech, best first (never empty). */
    List<Reading> readings(String word) {
        return memo.get(word, this::lookup);
    }

    private List<Reading> lookup(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return List.of(new Reading(lower, "X", false, ""));
        }
        if (!Character.isLetterOrDigit(lower.charAt(0))) {
            return List.of(new Reading(lower, "PUNCT", false, "interp"));
        }
        if (lower.chars().allMatch(Character::isDigit)) {
            return List.of(new Reading(lower, "NUM", false, "num"));
        }
        java.util.Map<String, Reading> byTag = new java.util.HashMap<>();
        // the dictionary holds forms in lower case, names capitalized
        for (String form : lower.equals(word) ? List.of(word) : List.of(lower, word)) {
            for (WordData d : stemmer.get().lookup(form)) {
                String lemma = d.getStem().toString().toLowerCase(Locale.ROOT);
                for (String tag : d.getTag().toString().split("\\+")) {
                    String ud = determiners.contains(lemma) ? "DET" : tag.startsWith("ger") ? "GER"
                            : tag.startsWith("verb:impt") || tag.startsWith("impt") ? "IMPT" : ud(lemma, tag);
                    Reading r = new Reading(lemma, ud, tag.contains(":pl:") || tag.endsWith(":pl"), tag);
                    Reading had = byTag.putIfAbsent(ud, r);
                    if (had != null && !had.lemma().equals(lemma) && (preferred.contains(lemma) || !known.test(had.lemma()) && known.test(lemma))) {
                        byTag.put(ud, r); // "bazie": baza, not bazia; "posiłków": posiłek, not posiłki
                        continue;
                    }
                    if (had != null && "NOUN".equals(ud) && !had.genitive() && r.genitive() && had.lemma().equals(lemma)) {
                        byTag.put(ud, r); // the same noun, its genitive reading kept: what the context test asks
                    }
                }
            }
            if (!byTag.isEmpty()) {
                break;
            }
        }
        if (byTag.isEmpty()) {
            return List.of(new Reading(lower, Character.isUpperCase(word.charAt(0)) && word.length() > 1 ? "PROPN" : "NOUN", false, "ign"));
        }
        List<Reading> out = new java.util.ArrayList<>();
        for (String tag : ORDER) {
            Reading r = byTag.get(tag);
            if (r != null) {
                // a gerund acts as a verb in the rules ("usuwania kategorii": deleting categories)
                if ("GER".equals(tag)) {
                    // a verb's noun the dictionary lists as a noun is a noun ("zgłoszeń": zgłoszenie, a ticket); Polish.analyze makes those of product verbs
                    // ("tworzenia", "usuwania") verbs again
                    String nominative = gerund(lower);
                    boolean noun = nominative != null && known.test(nominative); // "zgłoszenie" is in the lexicon, "logowanie" is not
                    out.add(new Reading(noun ? nominative : r.lemma(), noun ? "NOUN" : "VERB", r.plural(), r.nkjp()));
                } else {
                    out.add("IMPT".equals(tag) ? new Reading(r.lemma(), "VERB", r.plural(), r.nkjp()) : r);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The nominative singular of a gerund form ("usuwania", "wypożyczeń", "zgłoszeniach": usuwanie, wypożyczenie, zgłoszenie), or null. */
    static String gerund(String form) {
        for (String end : List.of("niami", "ciami", "niach", "ciach", "niem", "ciem", "niom", "ciom", "nia", "cia", "niu", "ciu", "nie", "cie")) {
            if (form.endsWith(end) && form.length() > end.length() + 2) {
                return form.substring(0, form.length() - end.length()) + end.charAt(0) + "ie";
            }
        }
        if (form.endsWith("ń") || form.endsWith("ć")) {
            return form.substring(0, form.length() - 1) + (form.endsWith("ń") ? "nie" : "cie");
        }
        return null;
    }

    /** NKJP tag to UD tag. */
    static String ud(String lemma, String tag) {
        String pos = tag.startsWith("verb:") ? tag.split(":")[1] : tag.split(":")[0];
        if ("być".equals(lemma) && !"subst".equals(pos)) {
            return "AUX";
        }
        switch (pos) {
            case "subst":
            case "depr":
            case "ger":
                return "NOUN";
            case "adj":
            case "adja":
            case "adjp":
            case "adjc":
            case "ppas":
            case "pact":
                return "ADJ";
            case "fin":
            case "praet":
            case "inf":
            case "impt":
            case "imps":
            case "bedzie":
            case "pcon":
            case "pant":
            case "winien":
                return "VERB";
            case "pred":
                return "ADV"; // "czas" (it is time), "można": a noun's homograph more often than a predicate
            case "num":
            case "numcol":
                return "NUM";
            case "adv":
                return "ADV";
            case "prep":
                return "ADP";
            case "conj":
                return "CCONJ";
            case "comp":
                return "SCONJ";
            case "ppron12":
            case "ppron3":
            case "siebie":
                return "PRON";
            case "qub":
                return "PART";
            case "interj":
                return "INTJ";
            case "interp":
                return "PUNCT";
            default:
                return "X";
        }
    }
}
