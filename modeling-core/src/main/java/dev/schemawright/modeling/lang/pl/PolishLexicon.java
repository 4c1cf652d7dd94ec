package dev.schemawright.modeling.lang.pl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * English words for Polish lemmas: {@code lang/pl/lexicon/pol-eng.tsv}, derived from the FreeDict Polish-English
 * dictionary (CC-BY-SA-3.0, see the LICENSE beside it) by {@code tools/lexicon/freedict-pol-eng.py}, and
 * {@code overrides.tsv}, the sense a data model means where the dictionary lists another first ("termin": term, in a
 * product a deadline). Multi-word headwords ("gospodarstwo domowe": household) are filed under their lemmas, so an
 * inflected phrase finds them. A word the lexicon lacks keeps its Polish lemma, transliterated to ASCII ("ą" -> "a"):
 * readable, never invented.
 */
final class PolishLexicon {
    /** How a name was made: from the dictionary, from the overrides, or transliterated (design.md says which). */
    enum Source { DICTIONARY, OVERRIDE, TRANSLITERATED }

    /** An English name for a Polish word or phrase. */
    record Translation(String english, Source source) {
    }

    private static final String BASE = "/dev/schemawright/modeling/lang/pl/lexicon/";
    private final Map<String, String> nouns = new HashMap<>();
    private final Map<String, String> adjectives = new HashMap<>();
    private final Map<String, String> verbs = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();
    private final Map<String, List<String>> phrases = new HashMap<>();
    private final List<String[]> terms = new ArrayList<>();
    private PolishMorphology morphology;

    PolishLexicon() {
        for (String[] row : rows(BASE + "pol-eng.tsv")) {
            if (row.length < 3) {
                continue;
            }
            String best = choose(row[0], row[2], row.length > 3 ? row[3] : "");
            if (best == null) {
                continue;
            }
            if (row[0].indexOf(' ') > 0) {
                terms.add(new String[] {row[0], best});
            } else {
                ("adj".equals(row[1]) ? adjectives : "v".equals(row[1]) ? verbs : nouns).putIfAbsent(row[0], best);
            }
        }
        for (String[] row : rows(BASE + "overrides.tsv")) {
            if (row.length >= 2) {
                overrides.put(row[0], row[1]);
            }
        }
    }

    /** The English name of a noun or adjective lemma. */
    Translation word(String lemma, boolean adjective) {
        String o = overrides.get(lemma);
        if (o != null) {
            return new Translation(o, Source.OVERRIDE);
        }
        String d = adjective ? adjectives.getOrDefault(lemma, nouns.get(lemma)) : nouns.getOrDefault(lemma, adjectives.get(lemma));
        return d != null ? new Translation(d, Source.DICTIONARY) : new Translation(internationalism(transliterate(lemma)), Source.TRANSLITERATED);
    }

    /**
     * The English participle of a verb lemma, for a participle the morphology gives as its verb ("opublikowany":
     * opublikować, publish, published), or null when the lexicon lacks the verb.
     */
    String participle(String verbLemma) {
        String o = overrides.get(verbLemma);
        String v = o != null ? o : verbs.get(verbLemma);
        // "zarchiwizować": the perfective prefix off, the imperfective verb the dictionary lists
        for (String prefix : List.of("za", "z", "s", "wy", "po", "prze", "u", "o")) {
            if (v == null && verbLemma.startsWith(prefix) && verbLemma.length() > prefix.length() + 4) {
                v = verbs.get(verbLemma.substring(prefix.length()));
            }
        }
        if (v == null || v.contains("_")) {
            return null;
        }
        if (v.endsWith("e")) {
            return v + "d";
        }
        if (v.endsWith("y") && v.length() > 2 && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0) {
            return v.substring(0, v.length() - 1) + "ied";
        }
        return v + "ed";
    }

    /** The English name of a multi-word term given by its lemmas ("gospodarstwo domowy"), or null. */
    Translation phrase(String lemmas) {
        synchronized (phrases) {
            if (phrases.isEmpty() && morphology != null) {
                for (String[] t : terms) {
                    phrases.computeIfAbsent(lemmaKey(t[0], morphology), k -> new ArrayList<>()).add(t[1]);
                }
            }
        }
        String o = overrides.get(lemmas);
        if (o != null) {
            return new Translation(o, Source.OVERRIDE);
        }
        List<String> d = phrases.get(lemmas);
        return d == null ? null : new Translation(d.get(0), Source.DICTIONARY);
    }

    /** The morphology multi-word terms are filed by (their lemmas), set once: the morphology asks the lexicon too. */
    void fileTermsWith(PolishMorphology m) {
        this.morphology = m;
    }

    /** Whether the lexicon (or its overrides) knows the lemma. */
    boolean knows(String lemma) {
        return overrides.containsKey(lemma) || nouns.containsKey(lemma) || adjectives.containsKey(lemma) || verbs.containsKey(lemma);
    }

    /**
     * The translation a schema name takes from a dictionary entry's senses ("1. set; 2. map, plan"): a cognate of the
     * Polish word first ("plan", "status", "kategoria": category), then the first single word of the earliest sense, then
     * the first item; snake_case ASCII, or null when no item is usable.
     */
    static String choose(String polish, String senses) {
        return choose(polish, senses, "");
    }

    /**
     * The same, checked against the English-Polish dictionary ({@code checked}: "booking:0,reservation:1,voice:x", the
     * items that are its noun headwords, with the number of their first sense giving the Polish word back, 'x' when none
     * does). The choice by senses stands when the dictionaries agree on it or when it names more than one sense ("poziom":
     * level); otherwise an item whose first sense is the Polish word is its common English name ("rezerwacja": booking,
     * "strona": page, not voice), and a choice the English-Polish dictionary lacks yields to an item of a later sense it
     * gives back ("typ": type, not phylum; "składnik": ingredient, not addend). A choice it lacks in the same sense stays
     * ("krok": step, pace).
     */
    static String choose(String polish, String senses, String checked) {
        String pick = chooseBySenses(polish, senses);
        if (pick == null || checked.isBlank()) {
            return pick;
        }
        Map<String, Integer> back = new java.util.LinkedHashMap<>();
        java.util.Set<String> headwords = new java.util.HashSet<>();
        for (String c : checked.split(",")) {
            int colon = c.lastIndexOf(':');
            if (colon > 0) {
                String item = c.substring(0, colon).strip().replaceAll("[^a-z0-9]+", "_");
                headwords.add(item);
                String rank = c.substring(colon + 1).strip();
                if (!rank.equals("x")) {
                    back.putIfAbsent(item, Integer.parseInt(rank));
                }
            }
        }
        Integer pickRank = back.get(pick);
        if (pickRank != null && pickRank == 0 || sensesOf(senses, pick) >= 2 || back.isEmpty()) {
            return pick;
        }
        String folded = cognateKey(transliterate(polish));
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Map.Entry<String, Integer> e : back.entrySet()) {
            boolean cognate = e.getKey().length() >= 4 && folded.length() >= 4 && cognateKey(e.getKey()).startsWith(folded.substring(0, 4));
            if (e.getValue() < bestRank || e.getValue() == bestRank && cognate) {
                best = e.getKey();
                bestRank = e.getValue();
            }
        }
        if (best.equals(pick + "s") || best.equals(pick + "es")) {
            return pick; // "statystyka": statistic, statistics: one name in two numbers
        }
        if (pickRank != null) {
            return bestRank == 0 ? best : pick; // the choice gives the word back, but as a later sense than another item does
        }
        if (headwords.contains(pick)) {
            return best; // the English-Polish dictionary knows the choice, as another word's translation
        }
        return senseOf(senses, best) > senseOf(senses, pick) ? best : pick;
    }

    /** In how many senses {@code snake} is listed. */
    private static int sensesOf(String senses, String snake) {
        int n = 0;
        for (String sense : senses.split(";")) {
            for (String item : sense.split(",")) {
                if (item.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").equals(snake)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** The number of the first sense listing {@code snake} (0 the first), or -1. */
    private static int senseOf(String senses, String snake) {
        String[] all = senses.split(";");
        for (int i = 0; i < all.length; i++) {
            for (String item : all[i].split(",")) {
                if (item.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").equals(snake)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String chooseBySenses(String polish, String senses) {
        String folded = cognateKey(transliterate(polish));
        for (String sense : senses.split(";")) {
            for (String item : sense.split(",")) {
                String w = item.strip().toLowerCase(Locale.ROOT);
                if (!w.contains(" ") && !w.contains("'") && w.length() >= 4 && folded.length() >= 4
                        && cognateKey(w).substring(0, 4).equals(folded.substring(0, 4))) {
                    return w.replaceAll("[^a-z0-9]+", "_"); // "kontakt": outlet, socket; contact
                }
            }
        }
        // the word the dictionary gives for more than one sense is the word's common meaning ("mieszkanie": live; apartment,
        // flat; flat, apartment), where Wiktionary's first sense is often a rare or technical one
        Map<String, Integer> seen = new java.util.LinkedHashMap<>();
        for (String sense : senses.split(";")) {
            for (String item : new java.util.LinkedHashSet<>(List.of(sense.split(",")))) {
                String w = item.strip().toLowerCase(Locale.ROOT);
                if (!w.isEmpty() && !w.contains("'") && w.split(" ").length <= 2) {
                    seen.merge(w, 1, Integer::sum);
                }
            }
        }
        for (Map.Entry<String, Integer> e : seen.entrySet()) {
            if (e.getValue() >= 2) {
                return e.getKey().replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
            }
        }
        String firstSingle = null;
        String first = null;
        for (String sense : senses.split(";")) {
            for (String item : sense.split(",")) {
                String w = item.strip().toLowerCase(Locale.ROOT);
                if (w.isEmpty() || w.contains("'") || w.split(" ").length > 3) {
                    continue;
                }
                String snake = w.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
                if (snake.isEmpty()) {
                    continue;
                }
                if (first == null) {
                    first = snake;
                }
                if (firstSingle == null && !snake.contains("_")) {
                    firstSingle = snake;
                }
            }
            if (firstSingle != null) {
                break; // a later sense is another meaning: only a cognate (above) outranks the first sense
            }
        }
        return firstSingle != null ? firstSingle : first;
    }

    /** Spelling differences between Polish and English cognates: "kategoria" and "category", "klient" and "client". */
    private static String cognateKey(String w) {
        return w.replace('k', 'c').replace('w', 'v').replace('y', 'i').replace('j', 'i').replace('z', 's').replace("ph", "f");
    }

    /** Polish endings of Latin loanwords and their English spelling: "preferencja" preference, "integracja" integration. */
    private static final List<String[]> ENDINGS = List.of(new String[] {"encja", "ence"}, new String[] {"ancja", "ance"},
            new String[] {"acja", "ation"}, new String[] {"cja", "tion"}, new String[] {"sja", "sion"}, new String[] {"zja", "sion"},
            new String[] {"logia", "logy"}, new String[] {"ria", "ry"}, new String[] {"izm", "ism"}, new String[] {"yka", "ics"});

    /**
     * A word the lexicon lacks, spelled the English way when it is a Latin loanword with a regular ending (the readable
     * fallback: "preferencja" is preference, "rekomendacja" recommendation); otherwise the transliterated lemma as it is.
     */
    static String internationalism(String ascii) {
        for (String[] e : ENDINGS) {
            if (ascii.endsWith(e[0]) && ascii.length() > e[0].length() + 2) {
                String stem = ascii.substring(0, ascii.length() - e[0].length());
                return stem.replace("k", "c").replace("w", "v") + e[1];
            }
        }
        return ascii;
    }

    /** The Polish word in ASCII: diacritics dropped, "ł" as "l". */
    static String transliterate(String word) {
        String s = word.toLowerCase(Locale.ROOT).replace('ł', 'l');
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    private static String lemmaKey(String phrase, PolishMorphology morphology) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.split(" ")) {
            b.append(b.length() > 0 ? " " : "").append(morphology.read(w).lemma());
        }
        return b.toString();
    }

    private static List<String[]> rows(String resource) {
        try (InputStream in = PolishLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            List<String[]> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        out.add(line.split("\t"));
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
