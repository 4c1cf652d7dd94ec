package dev.schemawright.modeling.domain;

import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.intake.Statement;
import dev.schemawright.modeling.lang.Identifiers;
import dev.schemawright.modeling.lang.Inflection;
import dev.schemawright.modeling.lang.TaggedSentence;
import dev.schemawright.modeling.lang.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads prose with OpenNLP (sentences, UD tags, lemmas) plus cue patterns. An entity candidate is a noun (or noun
 * compound) that is created, managed, listed, owned, assigned or described with fields; each cue adds evidence.
 */
public final class DomainReader {
    private static final Pattern FIELD_LIST = Pattern.compile(
            "(?:fields?|attributes?|columns?|properties|pola|kolumny|atrybuty|details|metadata|information|info|definition)\\s*(?:such as|like|including|include|:|\\(|-|–)\\s*([^.;]+)",
            Pattern.CASE_INSENSITIVE);
    /** Lower case, one of them in every FIELD_LIST match: statements without them skip FIELD_LIST (keep in step). */
    private static final List<String> FIELD_WORDS = List.of("field", "attribute", "column", "properties", "pola", "kolumny", "atrybuty", "details",
            "metadata", "info", "definition");
    private static final Pattern TRACK_LIST = Pattern.compile(
            "\\b(\\w+(?: \\w+){0,2})(?:\\s+(?:for|of|in)\\s+(?:a |an |the |each |selected |specific |given )*\\w+)?\\s+(?:track|tracks|stores?|stored with|contains?|includes?|including|has|have|consists? of|record|records|with|cover(?:s|ing)?|captur(?:es|ing)|hold(?:s|ing)?|comprising|comprises)\\s+(?:a |an |the |its |their )?([^.;:]+,[^.;:]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTER_LIST = Pattern.compile(
            "\\b(?:enter|enters|provide|provides|fill(?:s)? in|fill(?:s)? out|input|inputs|specify|specifies|set|sets|define|defines|edit|edits|"
                    + "returns|extracts|"
                    + "choose|chooses|select|selects|by defining|by entering|by providing)\\s+(?:a |an |the |its |their |his |her )?([^.;:]+(?:,| and )[^.;:]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MOVED_INTO = Pattern.compile("\\b(?:add|adds|adding|move|moves|assign|assigns|attach|attaches|upload|uploads)\\s+"
            + "(?:new\\s+|more\\s+)?(\\w+)\\s+(?:to|into)\\s+(?:(?:a|an|the|their|its|my|your)\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ABBREVIATIONS = Pattern.compile("\\b(?:e\\.g\\.|i\\.e\\.|etc\\.|vs\\.|approx\\.)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> UI_HEADS = Set.of("form", "screen", "page", "dialog", "modal", "view", "panel", "wizard", "card");
    private static final Pattern HAS_ONE = Pattern.compile("\\b(?:has|have|gets?)\\s+(?:a|an)\\s+(unique\\s+|required\\s+|optional\\s+)?([a-z]+(?: (?!and\\b|or\\b)[a-z]+)?)\\b(?!\\s*(?:,|and\\b|or\\b|of\\b))");
    /** "a deck has a title and an optional description": two fields, no comma, the owner named right before the verb. */
    private static final Pattern HAS_TWO = Pattern.compile("\\b(?:each|every|a|an|the)\\s+([a-z]+)\\s+(?:has|have|includes?|stores?|holds?)\\s+"
            + "((?:a |an |the )?(?:unique |required |optional )?[a-z]+(?: [a-z]+)? and (?:a |an |the )?(?:unique |required |optional )?[a-z]+(?: [a-z]+)?)(?=\\s*(?:[.;]|$))");
    private static final Pattern FORMAT_WORD = Pattern.compile("(?i)^(?:markdown|html|plain|plain-text|rich|rich-text|raw|formatted)\\s+(?=\\S)");
    private static final Pattern QUALIFIER = Pattern.compile("(?i)\\b(unique|required|mandatory|optional|optionally)\\b");
    /** Heads of items that are capabilities of the product, not fields ("quick search capabilities"). */
    private static final Set<String> ABSTRACT_HEADS = Set.of("capability", "capabilities", "feature", "features", "functionality", "support",
            "experience", "workflow", "workflows", "process", "integration", "integrations");
    private static final Set<String> FUNCTION_WORDS = Set.of("with", "and", "the", "for", "from", "into", "onto", "that", "this", "these",
            "those", "their", "its", "his", "her", "our", "your", "can", "will", "should", "must", "may", "following", "such", "each", "every",
            "all", "any", "some", "has", "have", "having", "include", "including", "contain", "containing", "new", "own", "by", "via");
    private static final Set<String> GENERIC_HEADS = Set.of("entry", "item", "record", "object", "instance", "data", "info", "information",
            "detail", "metadata");
    private static final Set<String> QUANTIFIERS = Set.of("set", "list", "collection", "number", "group", "pair", "batch", "series_of",
            "history", "log", "sequence", "array", "bunch", "lot", "lots", "variety", "range");
    // compiled once: these run on every sentence, token or list item
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern NOT_ASCII_LETTERS = Pattern.compile("[^a-z]+");
    private static final Pattern WORD_TOKEN = Pattern.compile("[\\p{L}][\\p{L}\\-]*");
    private static final Pattern TABLE_TOKEN = Pattern.compile("tables?|tabel[ai]?");
    private static final Pattern ENTITY_WORD = Pattern.compile("[a-z][a-z_]*");
    private static final Pattern LIST_OF_THINGS = Pattern.compile("(?i)(?:\\band\\s+|,\\s*|^\\s*)(?:an?\\s+|the\\s+)?(?:list|set|collection|number)\\s+of\\s+([a-z]+s)\\b"
            + "(?:\\s+with\\s+(?:their\\s+|its\\s+)?([a-z]+(?:\\s*(?:,|\\band\\b)\\s*[a-z]+)+))?");
    private static final Pattern PARENTHESIZED = Pattern.compile("\\([^)]*\\)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|\\bor\\b|\\boraz\\b|\\bi\\b|/)\\s*");
    private static final Pattern ITEM_ASIDE = Pattern.compile("\\(.*?\\)|\\(.*$");
    private static final Pattern ITEM_FILLER = Pattern.compile("(?i)\\b(a|an|the|its|their|optional|optionally|required|mandatory|unique|new|basic|e\\.g\\.?|etc\\.?)\\b");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Words of a listed field; snake_case names ("starts_at") are the plan's own column names. */
    private static final Pattern ITEM_WORDS = Pattern.compile("[\\p{L}][\\p{L}\\s\\-'_]*");
    private static final Set<String> LISTING_HEADS = Set.of("management", "tracking", "creation", "editing", "list", "overview", "library", "details", "history");
    private static final Set<String> OWNER_WORDS = Set.of("my", "their", "own", "his", "her", "'s", "your");
    /** Words before a plural label noun that say things are categorized by it. */
    private static final Set<String> CATEGORIZING = Set.of("with", "by", "using", "into", "have", "has", "multiple", "several", "many",
            "custom", "own", "their", "assign", "add", "apply", "attach");
    private static final Set<String> CREATING_VERBS = Set.of("create", "add", "save", "write", "define", "upload", "import", "generate", "record", "log");
    private static final Pattern STORED = Pattern.compile("\\b(saved|stored|persisted|recorded|kept|logged|written)\\b[^.]{0,30}\\b(database|db|table|storage|supabase|bazie)\\b");
    private static final Set<String> ADJ_STOP = Set.of("new", "existing", "own", "all", "other", "private", "public", "specific", "selected",
            "current", "previous", "basic", "simple", "main", "single", "multiple", "several", "many", "various", "different", "same", "next",
            "last", "first", "available", "entire", "whole", "full", "optional", "required", "additional", "relevant", "appropriate",
            "personal", "individual", "given", "certain", "such", "more", "most", "few", "clear", "ready", "unique", "visible", "easy");

    public DomainReading read(DesignContext ctx) {
        DomainReading r = new DomainReading();
        List<Object[]> untagged = new ArrayList<>();
        for (Statement s : ctx.intake().statements()) {
            dev.schemawright.modeling.Deadline.current().check("DomainReader");
            if (s.role() == DocumentRole.TECH_STACK || s.text().isBlank() || s.raw().startsWith("```") || s.raw().startsWith("|---")) {
                continue;
            }
            String text = s.text();
            double roleWeight = s.role() == DocumentRole.PLANNING_NOTES ? 0.7 : 1.0;
            for (String sentence : splitSentences(ctx, text)) {
                if (sentence.length() > 600) {
                    continue;
                }
                if (s.isHeading() || worthTagging(sentence)) {
                    TaggedSentence t = verbsAfterPluralSubjects(ctx.tag(sentence));
                    readSentence(t, s, r, roleWeight, s.isHeading());
                } else {
                    untagged.add(new Object[] {s, sentence});
                }
            }
            readLists(ctx, s, r);
        }
        countMentions(untagged, r);
        return r;
    }

    /**
     * POS tagging costs about a millisecond a sentence, so only sentences with a cue (a managing verb, a possessive, a
     * storage word) are tagged; the rest only count as mentions of nouns already found, by plain word matching.
     */
    static boolean worthTagging(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int i = 0;
        while (i < n) { // words are the runs of [a-z'] (what splitting on [^a-z']+ gives, without the array)
            while (i < n && !wordChar(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && wordChar(lower.charAt(i))) {
                i++;
            }
            String w = lower.substring(start, i);
            if (i > start && (VERB_FORMS.contains(w) || CUE_WORDS.contains(w) || w.endsWith("'s"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c == '\'';
    }

    private static final Set<String> CUE_WORDS = Set.of("my", "their", "own", "your", "table", "tables", "database", "db", "management", "each",
            "every", "per", "belongs", "contains", "fields", "field", "has", "have", "stored", "saved", "with");
    private static final Set<String> VERB_FORMS = verbForms();

    private static Set<String> verbForms() {
        Set<String> forms = new java.util.HashSet<>();
        for (String v : Vocabulary.MANAGE_VERBS) {
            forms.add(v);
            forms.add(v + "s");
            forms.add(v + "ed");
            forms.add(v + "d");
            forms.add(v + "ing");
            forms.add(v + "es");
            if (v.endsWith("e")) {
                forms.add(v.substring(0, v.length() - 1) + "ing");
            }
            if (v.endsWith("y")) {
                forms.add(v.substring(0, v.length() - 1) + "ies");
                forms.add(v.substring(0, v.length() - 1) + "ied");
            }
            char last = v.charAt(v.length() - 1);
            forms.add(v + last + "ed");
            forms.add(v + last + "ing");
        }
        forms.addAll(List.of("made", "written", "kept", "taken", "chosen", "sent", "built", "wrote", "took", "chose"));
        return forms;
    }

    private static void countMentions(List<Object[]> untagged, DomainReading r) {
        for (Object[] pair : untagged) {
            Statement s = (Statement) pair[0];
            String sentence = (String) pair[1];
            for (String word : NOT_LETTERS.split(sentence)) {
                if (word.length() < 3) {
                    continue;
                }
                String lower = word.toLowerCase(Locale.ROOT);
                String single = Inflection.singular(lower);
                DomainReading.Candidate c = r.candidates.get(single);
                if (c == null) {
                    continue;
                }
                c.score += 0.4;
                c.sources.add(s.id());
                if (Character.isLowerCase(word.charAt(0))) {
                    c.lowercaseMentions++;
                }
                if (!single.equals(lower)) {
                    c.pluralMentions++;
                }
            }
        }
    }

    private static List<String> splitSentences(DesignContext ctx, String text) {
        if (text.length() < 400) {
            return List.of(text);
        }
        return List.of(ctx.nlp().sentences(text));
    }

    private void readSentence(TaggedSentence t, Statement s, DomainReading r, double w, boolean heading) {
        int n = t.size();
        activities(t, s, r, w);
        int i = 0;
        Boolean saysStored = null; // STORED over the whole sentence, read once when a noun near its start needs it
        while (i < n) {
            if (!t.isNoun(i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && t.isNoun(i) && WORD_TOKEN.matcher(t.tokens()[i]).matches()) {
                i++;
            }
            int end = i; // exclusive
            if (end == start) {
                i++;
                continue;
            }
            boolean managed = false;
            if (end - start >= 2 && LISTING_HEADS.contains(t.lemmas()[end - 1])
                    && !(end - start == 2 && t.lower(start).endsWith("ing") && t.lemmas()[end - 1].equals("list"))) { // a shopping list is a thing
                managed = !"history".equals(t.lemmas()[end - 1]);
                end--;
            }
            int verbAnchor = start;
            // "a set of questions", "the list of tasks": the thing is after "of", the verb governs both
            if (end - start == 1 && QUANTIFIERS.contains(t.lower(start)) && end + 1 < n && t.lower(end).equals("of")) {
                int k = end + 1;
                while (k < n && ("DET".equals(t.tags()[k]) || "ADJ".equals(t.tags()[k]))) {
                    k++;
                }
                int s2 = k;
                while (k < n && t.isNoun(k)) {
                    k++;
                }
                if (k > s2) {
                    start = s2;
                    end = k;
                    i = k;
                }
            }
            Phrase p = phrase(t, start, end);
            if (p == null) {
                continue;
            }
            if (p.attribute != null && multiplied(t, start) && !Inflection.singular(t.lower(end - 1)).equals(t.lower(end - 1))) {
                p = new Phrase(p.entity + "_" + p.attribute, null); // "several ticket types" are things, not the type of a ticket
            }
            double score = 0.4;
            String cue = "mention";
            int v = governingVerb(t, verbAnchor);
            if (v >= 0) {
                String verb = t.lemmas()[v];
                score += Vocabulary.CRUD_VERBS.contains(verb) ? 2.0 : 1.0;
                if (Vocabulary.ACTIVITY_RECORDS.containsValue(p.entity)) {
                    score += 3.0; // "members post comments", "users leave reviews": records of what users do
                    r.candidate(p.entity).cues.add("activity");
                }
                score += coordinatedVerbs(t, v); // "create, edit and delete books": each verb is one more thing done to books
                cue = verb;
            }
            if (passiveCrud(t, end)) {
                score += 1.5;
                cue = "passive";
            }
            if (managed) {
                score += 1.5;
            }
            if (start > 0 && OWNER_WORDS.contains(t.lower(start - 1))) {
                score += 0.7;
                r.candidate(p.entity).userCreated = true;
            }
            if (end < n && TABLE_TOKEN.matcher(t.lower(end)).matches()) {
                score += 4;
            }
            if (Vocabulary.LABEL_WORDS.contains(p.entity)) {
                score += 1.0; // categorization labels are things users create and reuse
                if (start > 0 && CATEGORIZING.contains(t.lower(start - 1)) && !Inflection.singular(t.lower(end - 1)).equals(t.lower(end - 1))) {
                    score += 2.5; // "organize recipes with tags", "notes can have labels", "group books into categories"
                    cue = "label";
                }
            }
            if (containerSubject(t, start, end)) {
                score += 3.0; // "each order contains one or more tickets", "a folder holds many pages"
                cue = cue.equals("mention") ? "container" : cue;
            }
            if (multiplied(t, start)) {
                score += 2.0; // "each deck contains many cards", "a quiz can have multiple questions"
                cue = "many";
            }
            if (start <= 2 && saysStored == null) {
                saysStored = STORED.matcher(String.join(" ", t.tokens()).toLowerCase(Locale.ROOT)).find();
            }
            if (start <= 2 && saysStored) {
                score += 2.5; // "Quiz attempts are saved in the database"
                cue = "stored";
            }
            if (heading) {
                score *= 1.3;
            }
            DomainReading.Candidate c = r.candidate(p.entity);
            c.score += score * w;
            int cut = p.entity.lastIndexOf('_');
            if (cut > 0 && p.attribute == null) {
                // a compound also supports its head noun: "quiz attempts" is evidence for "attempt"
                r.candidate(p.entity.substring(cut + 1)).score += score * w * 0.5;
            }
            c.sources.add(s.id());
            c.cues.add(cue);
            if (Character.isLowerCase(t.tokens()[end - 1].charAt(0)) || heading) {
                c.lowercaseMentions++;
            }
            if (!Inflection.singular(t.lower(end - 1)).equals(t.lower(end - 1))) {
                c.pluralMentions++;
            }
            if (v >= 0 && CREATING_VERBS.contains(t.lemmas()[v])) {
                c.userCreated = true;
            }
            if (p.attribute != null) {
                r.attributes.add(new DomainReading.AttributeHint(p.entity, p.attribute, s.text(), s.id()));
            }
        }
    }

    /**
     * The tagger reads "Clubs schedule meetings", "Members vote on books" as noun compounds; a bare managing verb right
     * after a plural noun and before its object is the sentence's verb.
     */
    static TaggedSentence verbsAfterPluralSubjects(TaggedSentence t) {
        String[] tags = null;
        for (int k = 1; k + 1 < t.size(); k++) {
            String lower = t.lower(k);
            String before = t.lower(k - 1);
            boolean verbWord = Vocabulary.MANAGE_VERBS.contains(lower) || Vocabulary.ACTIVITY_RECORDS.containsKey(lower);
            boolean pluralSubject = t.isNoun(k - 1) && before.endsWith("s") && !Inflection.singular(before).equals(before);
            String next = t.tags()[k + 1];
            if (t.isNoun(k) && verbWord && pluralSubject && (next.equals("DET") || next.equals("NOUN") || next.equals("ADP") || next.equals("ADJ")
                    || next.equals("PRON"))) {
                if (tags == null) {
                    tags = t.tags().clone();
                }
                tags[k] = "VERB";
            }
        }
        return tags == null ? t : new TaggedSentence(t.tokens(), tags, t.lemmas());
    }

    /** Field names are noun phrases: nouns, adjectives, numbers; a verb means prose. */
    private static boolean nounPhrase(TaggedSentence t) {
        if (t.size() == 0 || !t.isNoun(t.size() - 1) && !"ADJ".equals(t.tags()[t.size() - 1])) {
            return false;
        }
        for (int i = 0; i < t.size(); i++) {
            String tag = t.tags()[i];
            // "reading status", "billing address": a gerund naming a kind of an attribute word, not "recording stock levels"
            boolean gerundModifier = i == 0 && t.size() == 2 && t.isVerb(i) && t.lower(i).endsWith("ing")
                    && Vocabulary.ATTRIBUTE_WORDS.contains(Inflection.singular(t.lower(1)));
            if (!(t.isNoun(i) || gerundModifier || tag.equals("ADJ") || tag.equals("NUM") || tag.equals("PUNCT") || tag.equals("ADP") && t.lower(i).equals("of"))) {
                return false;
            }
        }
        return true;
    }

    /** Noun span -> entity name (and attribute when the head is an attribute word: "prompt content"). */
    private record Phrase(String entity, String attribute) {
    }

    private static Phrase phrase(TaggedSentence t, int start, int end) {
        List<String> words = new ArrayList<>();
        for (int k = start; k < end; k++) {
            // nouns are singularized from the token: the lemmatizer mangles rare plurals ("quizzes" -> "quizze")
            String lemma = Identifiers.snake(Inflection.singular(t.tokens()[k].toLowerCase(Locale.ROOT)));
            if (lemma.isEmpty()) {
                return null;
            }
            words.add(lemma);
        }
        if (words.size() >= 2 && GENERIC_HEADS.contains(Inflection.singular(words.get(words.size() - 1)))) {
            words = words.subList(0, words.size() - 1); // "ingredient entries", "stock records": the modifier is the thing
        }
        String head = Inflection.singular(words.get(words.size() - 1));
        if (Vocabulary.ATTRIBUTE_WORDS.contains(head) && words.size() >= 2) {
            String owner = Inflection.singular(words.get(words.size() - 2));
            if (acceptable(owner)) {
                return new Phrase(owner, String.join("_", words.subList(words.size() - 1, words.size())));
            }
            return null;
        }
        if (!acceptable(head)) {
            return null;
        }
        if (words.size() >= 2) {
            String modifier = Inflection.singular(words.get(words.size() - 2));
            if (acceptable(modifier) && !Vocabulary.ATTRIBUTE_WORDS.contains(modifier)) {
                return new Phrase(modifier + "_" + head, null);
            }
        }
        return new Phrase(head, null);
    }

    static boolean acceptable(String word) {
        return word.length() >= 3 && ENTITY_WORD.matcher(word).matches() && !Vocabulary.hardNotEntity(word)
                && !Vocabulary.hardNotEntity(Inflection.plural(word));
    }

    /** The verb whose object this noun is: "create a new quiz", "add tags", "edit, and delete notes". */
    private static int governingVerb(TaggedSentence t, int nounStart) {
        for (int k = nounStart - 1; k >= 0 && k >= nounStart - 6; k--) {
            String tag = t.tags()[k];
            if (t.isVerb(k) && Vocabulary.MANAGE_VERBS.contains(t.lemmas()[k])) {
                return k;
            }
            if (!(tag.equals("DET") || tag.equals("ADJ") || tag.equals("PRON") || tag.equals("NUM") || tag.equals("CCONJ")
                    || tag.equals("PUNCT") || tag.equals("VERB") || tag.equals("ADV") || tag.equals("PART"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Members vote on books", "users can rate recipes": a recordable action on a thing (see Vocabulary.ACTIVITY_RECORDS)
     * is evidence for a table of those records, named for the action.
     */
    private static void activities(TaggedSentence t, Statement s, DomainReading r, double w) {
        for (int k = 0; k + 1 < t.size(); k++) {
            String record = Vocabulary.ACTIVITY_RECORDS.get(t.lemmas()[k]);
            if (record == null || !t.isVerb(k)) {
                continue;
            }
            int next = k + 1;
            boolean onSomething = Set.of("on", "for", "to", "in", "at").contains(t.lower(next)) || t.isNoun(next) || "DET".equals(t.tags()[next])
                    || "ADV".equals(t.tags()[next]);
            if (onSomething) {
                DomainReading.Candidate c = r.candidate(record);
                c.score += 2.0 * w;
                c.sources.add(s.id());
                c.cues.add("activity");
                c.lowercaseMentions++;
                c.pluralMentions++;
                // what the action is on owns the records: "vote on proposed books" -> each vote belongs to a book
                for (int o = next; o < t.size() && o <= next + 4; o++) {
                    if (t.isNoun(o)) {
                        String object = Inflection.singular(t.lower(o));
                        if (acceptable(object) && !object.equals(record)) {
                            r.relations.add(new DomainReading.RelationHint(object, record, false, false, "activity", s.id()));
                        }
                        break;
                    }
                    if (!(Set.of("on", "for", "to", "in", "at").contains(t.lower(o)) || "DET".equals(t.tags()[o]) || "ADJ".equals(t.tags()[o])
                            || t.isVerb(o) && t.lower(o).endsWith("ed"))) {
                        break;
                    }
                }
            }
        }
    }

    /** Managing verbs coordinated before the governing one ("create, edit and delete"), a point each, at most two. */
    private static double coordinatedVerbs(TaggedSentence t, int verb) {
        double extra = 0;
        for (int k = verb - 1; k >= 0 && k >= verb - 8 && extra < 2.0; k--) {
            String tag = t.tags()[k];
            // the tagger reads a bare verb in a list as a noun now and then ("add, edit and delete")
            if ((t.isVerb(k) || t.isNoun(k)) && Vocabulary.MANAGE_VERBS.contains(t.lemmas()[k])) {
                extra += 1.0;
            } else if (!(tag.equals("PUNCT") || tag.equals("CCONJ") || tag.equals("ADV"))) {
                break;
            }
        }
        return extra;
    }

    private static final Set<String> CONTAINING_VERBS = Set.of("have", "has", "contain", "include", "hold", "offer", "keep", "host",
            "consist", "record", "store", "track", "list", "group");

    /** The noun is the subject of a containing verb: sentence-initial (after a determiner) and followed by have/contain/hold... */
    private static boolean containerSubject(TaggedSentence t, int start, int end) {
        for (int k = start - 1; k >= 0; k--) {
            if (t.lower(k).equals(";") || t.lower(k).equals(":")) {
                break; // "...; a folder contains many pages": the clause starts here
            }
            if (!"DET".equals(t.tags()[k]) && !"ADJ".equals(t.tags()[k]) && !"PRON".equals(t.tags()[k])) {
                return false;
            }
        }
        int v = end;
        if (v < t.size() && ("AUX".equals(t.tags()[v]) || t.lower(v).equals("can") || t.lower(v).equals("may"))) {
            v++;
        }
        return v < t.size() && (t.isVerb(v) || "AUX".equals(t.tags()[v])) && CONTAINING_VERBS.contains(t.lemmas()[v]);
    }

    /** A countable collection of the noun: "many", "multiple", "several", "one or more", "a list of" right before it. */
    private static boolean multiplied(TaggedSentence t, int start) {
        for (int k = start - 1; k >= 0 && k >= start - 3; k--) {
            String w = t.lower(k);
            if (w.equals("many") || w.equals("multiple") || w.equals("several") || w.equals("more") && k > 1 && t.lower(k - 1).equals("or")) {
                return true;
            }
            if (!"ADJ".equals(t.tags()[k]) && !"DET".equals(t.tags()[k])) {
                return false;
            }
        }
        return false;
    }

    /** "notes are created", "the quiz is saved". */
    private static boolean passiveCrud(TaggedSentence t, int after) {
        for (int k = after; k < t.size() && k <= after + 3; k++) {
            if (t.isVerb(k) && Vocabulary.CRUD_VERBS.contains(t.lemmas()[k])) {
                return k > after && "AUX".equals(t.tags()[after]);
            }
        }
        return false;
    }

    /** Field lists: "with fields: name, description", "Books track title, author, and total pages", "enter title and author". */
    private void readLists(DesignContext ctx, Statement s, DomainReading r) {
        // abbreviation dots are no sentence ends: "status (e.g., draft / published) and current page" is one list
        String text = ABBREVIATIONS.matcher(s.text()).replaceAll(" ");
        // each list pattern needs a word or separator that most statements lack: check it before running the pattern
        String lower = text.toLowerCase(Locale.ROOT);
        boolean fieldWord = FIELD_WORDS.stream().anyMatch(lower::contains);
        boolean comma = text.indexOf(',') >= 0;
        boolean listed = comma || lower.contains(" and ");
        Matcher m = FIELD_LIST.matcher(text);
        while (fieldWord && m.find()) {
            String before = text.substring(0, m.start());
            addList(ctx, r, lastNoun(before, s), m.group(1), s, true);
        }
        Matcher tl = TRACK_LIST.matcher(text);
        while (comma && tl.find()) {
            // the owner phrase is the words after the last function word: "to a deck" -> "deck", "the stock entry form" -> all three
            String[] words = tl.group(1).split(" ");
            int first = 0;
            for (int k = 0; k < words.length; k++) {
                if (FUNCTION_WORDS.contains(words[k].toLowerCase(Locale.ROOT)) || Set.of("to", "a", "an", "on", "at", "in", "of").contains(words[k].toLowerCase(Locale.ROOT))) {
                    first = k + 1;
                }
            }
            if (first >= words.length) {
                // "several ticket types, each with a name and price": the list belongs to the phrase before "each"
                if (words[words.length - 1].equalsIgnoreCase("each")) {
                    String owner = headBefore(text.substring(0, tl.start(1)));
                    if (owner != null) {
                        addList(ctx, r, owner, tl.group(2), s, true);
                    }
                }
                continue;
            }
            int ownerStart = tl.start(1) + String.join(" ", java.util.Arrays.asList(words).subList(0, first)).length() + (first > 0 ? 1 : 0);
            String owner = Inflection.singular(Identifiers.snake(String.join(" ", java.util.Arrays.asList(words).subList(first, words.length))));
            Matcher moved = MOVED_INTO.matcher(text.substring(0, ownerStart));
            if (moved.find()) {
                owner = Inflection.singular(Identifiers.snake(moved.group(1))); // "add cards to a deck with front, back": the cards have them
            }
            // "stock entry form with item, quantity": the form is of an entry, the entry is of stock; "quiz attempt with ...": attempt
            while (owner.contains("_") && (GENERIC_HEADS.contains(lastWord(owner)) || UI_HEADS.contains(lastWord(owner)))) {
                owner = owner.substring(0, owner.lastIndexOf('_'));
            }
            owner = lastWord(owner);
            // a thing described by a list of its fields is a thing of its own
            addList(ctx, r, owner, tl.group(2), s, acceptable(owner));
        }
        Matcher two = HAS_TWO.matcher(lower);
        while (listed && two.find()) {
            String owner = Inflection.singular(two.group(1));
            addList(ctx, r, owner, two.group(2), s, acceptable(owner));
        }
        // "each ticket ... has a unique code": one attribute word, with what the sentence says of it
        Matcher one = HAS_ONE.matcher(text);
        while (one.find()) {
            String name = Identifiers.snake(one.group(2));
            if (!Vocabulary.ATTRIBUTE_WORDS.contains(Inflection.singular(lastWord(name))) && name.contains("_")) {
                name = name.substring(0, name.indexOf('_')); // "a unique code that is scanned": the word before the clause
            }
            if (Vocabulary.ATTRIBUTE_WORDS.contains(Inflection.singular(lastWord(name)))) {
                String qualifier = one.group(1) == null ? "" : one.group(1).strip().toLowerCase(Locale.ROOT);
                r.attributes.add(new DomainReading.AttributeHint("", name, s.text(), s.id(), qualifier));
            }
        }
        Matcher el = ENTER_LIST.matcher(text);
        while (listed && el.find()) {
            addList(ctx, r, null, el.group(1), s, false);
        }
    }

    private static String lastWord(String snake) {
        return snake.substring(snake.lastIndexOf('_') + 1);
    }

    /** A single word that names no field: a gerund, a participle used as an adjective, a process noun. */
    private static boolean notAField(String word) {
        return word.endsWith("ing") || word.matches(".*(ization|isation|ality|ness)")
                || word.endsWith("ed") && TypeInference.byName(word).kind() != dev.schemawright.contracts.model.TypeKind.BOOLEAN;
    }

    /** The thing named right before a ", each ..." clause: its last word, with the word before when the last is an attribute word. */
    private static String headBefore(String before) {
        String[] w = before.replaceAll("[,;:\\s]+$", "").toLowerCase(Locale.ROOT).split("[^a-z]+");
        if (w.length == 0) {
            return null;
        }
        String last = Inflection.singular(w[w.length - 1]);
        if (Vocabulary.ATTRIBUTE_WORDS.contains(last) && w.length >= 2 && acceptable(Inflection.singular(w[w.length - 2]))) {
            return Inflection.singular(w[w.length - 2]) + "_" + last;
        }
        return acceptable(last) ? last : null;
    }

    private static String lastNoun(String before, Statement s) {
        String[] words = NOT_ASCII_LETTERS.split(before.toLowerCase(Locale.ROOT));
        for (int k = words.length - 1; k >= 0; k--) {
            String w = Inflection.singular(words[k]);
            if (acceptable(w) && !Vocabulary.ATTRIBUTE_WORDS.contains(w) && !FUNCTION_WORDS.contains(w)) {
                return w;
            }
        }
        return null;
    }

    private static void addList(DesignContext ctx, DomainReading r, String owner, String list, Statement s, boolean strong) {
        Matcher child = LIST_OF_THINGS.matcher(list);
        if (owner != null && child.find() && child.group(2) != null) { // a bare "list of ingredients" is the list pass's to split
            // "… and a list of ingredients with quantities and units": the ingredients are rows of their own, with those fields
            String thing = Inflection.singular(child.group(1).toLowerCase(Locale.ROOT));
            if (acceptable(thing) && !thing.equals(owner) && !Vocabulary.ATTRIBUTE_WORDS.contains(thing)) {
                DomainReading.Candidate c = r.candidate(thing);
                c.score += 4.0;
                c.cues.add("many");
                c.sources.add(s.id());
                c.lowercaseMentions++;
                c.pluralMentions++;
                r.relations.add(new DomainReading.RelationHint(owner, thing, false, false, "contains", s.id()));
                // each row holds one of each ("quantities and units" -> quantity, unit) and is named, unless the list names it
                List<String> fields = new ArrayList<>();
                for (String f : LIST_SEPARATOR.split(child.group(2).strip())) {
                    if (!f.isBlank()) {
                        fields.add(Inflection.singular(f.strip().toLowerCase(Locale.ROOT)));
                    }
                }
                if (fields.stream().noneMatch(f -> f.equals("name") || f.equals("title") || f.equals("label"))) {
                    fields.add(0, "name");
                }
                addList(ctx, r, thing, String.join(", ", fields), s, true);
                list = list.substring(0, child.start()) + list.substring(child.end());
            }
        }
        String[] items = LIST_SEPARATOR.split(PARENTHESIZED.matcher(list).replaceAll(" "));
        List<String[]> names = new ArrayList<>();
        for (String item : items) {
            String bare = ITEM_ASIDE.matcher(item).replaceAll(" ");
            Matcher q = QUALIFIER.matcher(bare);
            String qualifier = q.find() ? q.group(1).toLowerCase(Locale.ROOT).replace("optionally", "optional").replace("mandatory", "required") : "";
            // "the buyer's e-mail" is the buyer e-mail: the possessive joins two words of one name
            String it = ITEM_FILLER.matcher(bare.replace("’s ", " ").replace("'s ", " ").replaceAll("(?i)\\be-mail\\b", "email")).replaceAll(" ").strip();
            it = FORMAT_WORD.matcher(it).replaceFirst(""); // "markdown content" is content written in markdown
            it = ExplicitSchemaReader.unitName(it); // "preparation time in minutes" is preparation_time_minutes
            if (it.isEmpty() || WHITESPACE.split(it).length > 3 || !ITEM_WORDS.matcher(it).matches()) {
                continue;
            }
            if (it.contains(" ") && !nounPhrase(ctx.tag(it)) || !it.contains(" ") && notAField(it.toLowerCase(Locale.ROOT))) {
                continue; // "enables incremental saves" is a clause, "centralized" a quality, "categorization" an activity
            }
            String name = Identifiers.snake(it);
            if (name.endsWith("_flag") && name.indexOf('_') == name.lastIndexOf('_')) {
                name = "is_" + name.substring(0, name.length() - "_flag".length()); // "active flag" is the boolean is_active
            }
            if (ABSTRACT_HEADS.contains(name.substring(name.lastIndexOf('_') + 1))) {
                continue;
            }
            names.add(new String[] {name, qualifier});
        }
        if (names.size() < 2) {
            return;
        }
        for (String[] name : names) {
            if (!name[0].isEmpty()) {
                r.attributes.add(new DomainReading.AttributeHint(owner == null ? "" : owner, name[0], s.text(), s.id(), name[1]));
            }
        }
        if (owner != null && strong) {
            DomainReading.Candidate c = r.candidate(owner);
            c.score += 2;
            c.sources.add(s.id());
            c.cues.add("fields");
        }
    }
}
