package dev.schemawright.modeling.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pattern over a {@link Sentence}'s tokens (in the manner of Stanford's TokensRegex, much smaller). Elements, separated
 * by spaces:
 * <ul>
 * <li>{@code have|has|with} — a token whose lower-case form or lemma is one of the words;</li>
 * <li>{@code @create} — a token in the word class {@code create} of the language ({@code lang/xx/words/create.txt});
 * words and classes combine: {@code @create|make};</li>
 * <li>{@code <NOUN|PROPN>} — a token with one of the UD tags; {@code !x}, {@code !@x}, {@code !<X>} — any token but;</li>
 * <li>{@code {name:NP}} a noun phrase, {@code {name:PLURAL}} one written in the plural, {@code {name:ONE}} one written in the singular, {@code {name:NPS}} a list of them ("a title, a date and notes"),
 * {@code {name:LIST}} a list of two or more, {@code {name:VERBS}} coordinated verbs ("create, edit and delete"), {@code {name:WORD}} any one token
 ({@code {name:WORD@class}} one of the class), {@code {name:VERB}} one token tagged as a verb ({@code {name:VERB@class}} too),
 * {@code {name:WORDS}} a list of two or more single words (listed values: "easy, medium or hard"), {@code {name:NUM}} a number;
 * {@code {name:NPS!@attribute}} not a phrase whose head noun is of the word class and written in the singular ("the buyer's
 * e-mail" is no child thing; "the user's preferences" are rows);</li>
 * <li>{@code ( a b | c )} a group of alternatives ({@code \\(} and {@code \\)} are literal parentheses); {@code ?} after an element or group makes it optional;</li>
 * <li>{@code ...} up to five tokens that are not clause punctuation; {@code ^} the start of the sentence or clause.</li>
 * </ul>
 * Matching backtracks only over a noun phrase's shorter ends, a list's shorter lengths, optional parts and gaps, all
 * bounded, so a match costs at most a fixed multiple of the sentence length: there is no regular expression over
 * document text here.
 */
public final class TokenPattern {
    private static final int GAP = 5;
    private static final Set<String> CLAUSE_END = Set.of(".", ";", ":", "!", "?", "(", ")");
    private static final Set<String> QUOTES = Set.of("'", "\"", "`", "“", "”", "‘", "’");
    private static final Set<String> LIST_GLUE = Set.of(",", "and", "or", "&", "/", "plus");
    /** A language's own list conjunctions ("i", "lub", "oraz"), from its optional word class {@code list-glue}. */
    private final Set<String> glue;
    /** Units a list item may be measured in ("preparation time in minutes"), from the optional word class {@code unit}. */
    private final Set<String> units;

    private final String source;
    private final List<Node> nodes;
    private final Set<String> anchors;

    private TokenPattern(String source, List<Node> nodes, Set<String> glue, Set<String> units) {
        this.source = source;
        this.glue = glue;
        this.units = units;
        this.nodes = List.copyOf(nodes);
        this.anchors = anchorsOf(this.nodes);
    }

    /** Compiles {@code pattern}; {@code classes} resolves {@code @class} names (unknown classes fail loudly). */
    public static TokenPattern compile(String pattern, WordClasses classes) {
        Parser p = new Parser(pattern, classes);
        List<List<Node>> alternatives = p.sequence();
        if (p.pos < p.parts.size()) {
            throw new IllegalArgumentException("unbalanced ')' in pattern: " + pattern);
        }
        if (alternatives.size() != 1) {
            throw new IllegalArgumentException("top-level '|' needs a group: " + pattern);
        }
        Set<String> glue = LIST_GLUE;
        if (classes.has("list-glue")) {
            Set<String> all = new HashSet<>(LIST_GLUE);
            all.addAll(classes.get("list-glue"));
            glue = Set.copyOf(all);
        }
        return new TokenPattern(pattern, alternatives.get(0), glue, classes.has("unit") ? classes.get("unit") : Set.of());
    }

    public String source() {
        return source;
    }

    /** How much a match says: the number of elements (a longer pattern is the more specific reading of the same words). */
    public int specificity() {
        return nodes.size();
    }

    /**
     * The words one of which every match must contain (derived from the first required literal element), or empty when
     * the pattern has none: the rule book tries a rule only on sentences holding one of its anchors.
     */
    public Set<String> anchors() {
        return anchors;
    }

    /** Leftmost, non-overlapping matches. */
    public List<Match> matches(Sentence s) {
        List<Match> out = new ArrayList<>();
        int start = 0;
        while (start < s.size()) {
            Match m = matchAt(s, start);
            if (m == null) {
                start++;
                continue;
            }
            out.add(m);
            start = Math.max(m.end(), start + 1);
        }
        return out;
    }

    private Match matchAt(Sentence s, int start) {
        Match[] found = new Match[1];
        new Matcher(s, glue, units).sequence(nodes, 0, start, Bindings.EMPTY, (end, b) -> {
            found[0] = new Match(s, start, end, b.toMap());
            return true;
        });
        return found[0];
    }

    // ------------------------------------------------------------------ matching

    /** Where a slot matched: [from, to), and for lists the span of each item. */
    public record Span(int from, int to, List<int[]> items) {
    }

    /** One match: its extent and its named slots. */
    public record Match(Sentence sentence, int start, int end, Map<String, Span> slots) {
        public Span slot(String name) {
            return slots.get(name);
        }
    }

    private interface Continuation {
        boolean accept(int end, Bindings b);
    }

    /** A persistent list of slot bindings: backtracking drops what a failed branch bound, for free. */
    private record Bindings(String name, Span span, Bindings next) {
        static final Bindings EMPTY = new Bindings(null, null, null);

        Bindings with(String n, Span s) {
            return new Bindings(n, s, this);
        }

        Map<String, Span> toMap() {
            Map<String, Span> m = new LinkedHashMap<>();
            for (Bindings b = this; b.name != null; b = b.next) {
                m.putIfAbsent(b.name, b.span);
            }
            return m;
        }
    }

    private static final class Matcher {
        private final Sentence s;
        private final Set<String> glue;
        private final Set<String> units;

        Matcher(Sentence s, Set<String> glue, Set<String> units) {
            this.s = s;
            this.glue = glue;
            this.units = units;
        }

        boolean sequence(List<Node> seq, int i, int pos, Bindings b, Continuation k) {
            if (i == seq.size()) {
                return k.accept(pos, b);
            }
            Node node = seq.get(i);
            Continuation next = (end, nb) -> sequence(seq, i + 1, end, nb, k);
            if (node instanceof TokenTest t) {
                return pos < s.size() && t.test(s, pos) && next.accept(pos + 1, b);
            }
            if (node instanceof Slot slot) {
                return slot(slot, pos, b, next);
            }
            if (node instanceof Group g) {
                for (List<Node> alt : g.alternatives) {
                    if (sequence(alt, 0, pos, b, next)) {
                        return true;
                    }
                }
                return g.optional && next.accept(pos, b);
            }
            if (node instanceof Gap) {
                for (int end = pos; end <= Math.min(s.size(), pos + GAP); end++) {
                    if (end > pos && CLAUSE_END.contains(s.lower(end - 1))) {
                        return false;
                    }
                    if (next.accept(end, b)) {
                        return true;
                    }
                }
                return false;
            }
            if (node instanceof Start) {
                return (pos == 0 || CLAUSE_END.contains(s.lower(pos - 1)) || ",".equals(s.lower(pos - 1)) && pos > 1)
                        && next.accept(pos, b);
            }
            throw new IllegalStateException("unsupported pattern node " + node);
        }

        private boolean slot(Slot slot, int pos, Bindings b, Continuation next) {
            if (pos >= s.size()) {
                return false;
            }
            switch (slot.kind) {
                case VERB:
                    if (!"VERB".equals(s.tag(pos))) {
                        return false; // {x:VERB@class}: "members vote on books", not "the wishlist flag on a card"
                    }
                    // fall through: a verb is a word
                case WORD:
                    if (slot.words != null && !slot.words.contains(s.lower(pos)) && !slot.words.contains(s.lemma(pos))) {
                        return false; // {x:WORD@class}: a word of the class
                    }
                    return next.accept(pos + 1, b.with(slot.name, new Span(pos, pos + 1, List.of())));
                case NUM:
                    return "NUM".equals(s.tag(pos)) && next.accept(pos + 1, b.with(slot.name, new Span(pos, pos + 1, List.of())));
                case NP:
                    for (int end : s.phraseEnds(pos)) {
                        if (excluded(slot, pos, end)) {
                            continue;
                        }
                        if (next.accept(end, b.with(slot.name, new Span(pos, end, List.<int[]>of(new int[] {pos, end}))))) {
                            return true;
                        }
                    }
                    return false;
                case PLURAL:
                    for (int end : s.phraseEnds(pos)) {
                        if (s.phrase(pos, end).plural() && next.accept(end, b.with(slot.name, new Span(pos, end, List.<int[]>of(new int[] {pos, end}))))) {
                            return true;
                        }
                    }
                    return false;
                case ONE:
                    for (int end : s.phraseEnds(pos)) {
                        if (!excluded(slot, pos, end) && !s.phrase(pos, end).plural()
                                && next.accept(end, b.with(slot.name, new Span(pos, end, List.<int[]>of(new int[] {pos, end}))))) {
                            return true;
                        }
                    }
                    return false;
                case NPS:
                    return list(slot, pos, b, next, p -> phraseItem(slot, p), 1);
                case LIST:
                    return list(slot, pos, b, next, p -> phraseItem(slot, p), 2);
                case VERBS:
                    return list(slot, pos, b, next, p -> verbItem(slot, p), 1);
                case WORDS:
                    return list(slot, pos, b, next, this::wordItem, 2);
                default:
                    throw new IllegalStateException("unsupported slot kind " + slot.kind);
            }
        }

        private interface Item {
            /** The end of the item starting at {@code pos}, or -1. */
            int end(int pos);
        }

        private int phraseItem(Slot slot, int pos) {
            int[] ends = s.phraseEnds(pos);
            return ends.length == 0 || excluded(slot, pos, ends[0]) ? -1 : ends[0];
        }

        private boolean excluded(Slot slot, int from, int to) {
            if (slot.notHeads == null) {
                return false;
            }
            int i = s.headIndex(from, to);
            return i >= 0 && (slot.notHeads.contains(s.lower(i)) || slot.notHeads.contains(s.lemma(i))) && !s.phrase(from, to).plural();
        }

        /** A verb, or a word of the slot's class whatever the tagger says ("edit" is often tagged a noun). */
        private int verbItem(Slot slot, int pos) {
            boolean verb = "VERB".equals(s.tag(pos)) || slot.words != null && (slot.words.contains(s.lower(pos)) || slot.words.contains(s.lemma(pos)));
            return verb ? pos + 1 : -1;
        }

        /** After a list item, "(months)" or "(defaults to the current month)": an aside, skipped (up to 12 tokens). */
        private int skipAside(int pos) {
            if (pos >= s.size() || !"(".equals(s.lower(pos))) {
                return pos;
            }
            for (int q = pos + 1; q < Math.min(s.size(), pos + 14); q++) {
                if (")".equals(s.lower(q))) {
                    return q + 1;
                }
            }
            return pos;
        }

        /** One word, maybe quoted ("'easy'", "in_progress", "+2"): a listed value. */
        private int wordItem(int pos) {
            int p = pos;
            boolean quoted = QUOTES.contains(s.lower(p));
            if (quoted) {
                p++;
            }
            if (p >= s.size() || !isWord(s.lower(p)) || glue.contains(s.lower(p))) {
                return -1;
            }
            p++;
            if (quoted && p < s.size() && QUOTES.contains(s.lower(p))) {
                p++;
            }
            return p;
        }

        private static boolean isWord(String w) {
            for (int i = 0; i < w.length(); i++) {
                if (Character.isLetterOrDigit(w.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        /** Items joined by commas, "and", "or", ", and"; tried longest first. */
        private boolean list(Slot slot, int pos, Bindings b, Continuation next, Item item, int min) {
            List<int[]> items = new ArrayList<>();
            int p = pos;
            while (p < s.size() && items.size() < 16) {
                boolean bareWord = p + 1 >= s.size() || LIST_GLUE.contains(s.lower(p + 1)) || CLAUSE_END.contains(s.lower(p + 1));
                if (slot.kind != SlotKind.VERBS && "ADV".equals(s.tag(p)) && !bareWord) {
                    p++; // "optionally remaining balance": the adverb qualifies the item
                }
                if (slot.kind != SlotKind.VERBS && p + 3 < s.size() && "at".equals(s.lower(p)) && ("least".equals(s.lower(p + 1))
                        || "most".equals(s.lower(p + 1))) && "NUM".equals(s.tag(p + 2))) {
                    p += 3; // "at least one ingredient": a count, then the item
                }
                int end = item.end(p);
                if (end < 0 && slot.kind != SlotKind.VERBS && slot.kind != SlotKind.WORDS && !items.isEmpty() && bareWord
                        && ("ADV".equals(s.tag(p)) || "ADJ".equals(s.tag(p))) && isWord(s.lower(p))) {
                    end = p + 1; // "front, back and difficulty": a listed word the tagger read as an adverb is an item
                }
                if (end < 0) {
                    break;
                }
                if ((slot.kind == SlotKind.NPS || slot.kind == SlotKind.LIST) && end + 1 < s.size() && "'s".equals(s.lower(end))
                        && s.phraseEnds(end + 1).length > 0) {
                    end = s.phraseEnds(end + 1)[0]; // "the buyer's e-mail": one item, named by both nouns (buyer_email)
                }
                if ((slot.kind == SlotKind.NPS || slot.kind == SlotKind.LIST) && end + 1 < s.size() && "in".equals(s.lower(end))
                        && (units.contains(s.lower(end + 1)) || units.contains(s.lemma(end + 1)))) {
                    end += 2; // "preparation time in minutes": the unit stays with its item (preparation_time_minutes)
                }
                items.add(new int[] {p, end});
                int q = skipAside(end);
                int glued = 0;
                while (q < s.size() && glued < 2 && glue.contains(s.lower(q))) {
                    q++;
                    glued++;
                }
                if (glued == 0 || q >= s.size()) {
                    break;
                }
                p = q;
            }
            for (int n = items.size(); n >= min; n--) {
                List<int[]> taken = List.copyOf(items.subList(0, n));
                if (slot.kind == SlotKind.VERBS && slot.words != null && taken.stream().noneMatch(it -> slot.words.contains(s.lower(it[0]))
                        || slot.words.contains(s.lemma(it[0])))) {
                    continue; // "{v:VERBS@create}": one of the verbs at least is of the class
                }
                int end = taken.get(n - 1)[1];
                if (next.accept(end, b.with(slot.name, new Span(pos, end, taken)))) {
                    return true;
                }
            }
            return false;
        }
    }

    // ------------------------------------------------------------------ nodes

    private interface Node {
    }

    /** One token tested by words, word classes or tags (possibly negated). */
    private record TokenTest(Set<String> words, List<Set<String>> classes, Set<String> tags, boolean negated) implements Node {
        boolean test(Sentence s, int i) {
            boolean hit = tags.contains(s.tag(i)) || words.contains(s.lower(i)) || words.contains(s.lemma(i));
            for (int c = 0; !hit && c < classes.size(); c++) {
                hit = classes.get(c).contains(s.lower(i)) || classes.get(c).contains(s.lemma(i));
            }
            return hit != negated;
        }
    }

    private enum SlotKind { NP, PLURAL, ONE, NPS, LIST, VERBS, WORD, VERB, WORDS, NUM }

    /** {@code notHeads}: from {@code {x:NP!@class}}, singular phrases whose head noun is of the class are not matched. */
    private record Slot(String name, SlotKind kind, Set<String> words, Set<String> notHeads) implements Node {
    }

    private record Group(List<List<Node>> alternatives, boolean optional) implements Node {
    }

    private record Gap() implements Node {
    }

    private record Start() implements Node {
    }

    // ------------------------------------------------------------------ anchors (the derived prefilter)

    private static Set<String> anchorsOf(List<Node> seq) {
        for (Node n : seq) {
            Set<String> a = anchorOf(n);
            if (a != null) {
                return Set.copyOf(a);
            }
        }
        return Set.of();
    }

    /** The words one of which the element always consumes, or null when it can match without one. */
    private static Set<String> anchorOf(Node n) {
        if (n instanceof TokenTest t && !t.negated && t.tags.isEmpty()) {
            Set<String> out = new HashSet<>(t.words);
            t.classes.forEach(out::addAll);
            return out;
        }
        if (n instanceof Slot slot && (slot.kind == SlotKind.VERBS || slot.kind == SlotKind.WORD || slot.kind == SlotKind.VERB) && slot.words != null) {
            return slot.words;
        }
        if (n instanceof Group g && !g.optional) {
            Set<String> out = new HashSet<>();
            for (List<Node> alt : g.alternatives) {
                Set<String> a = null;
                for (Node m : alt) {
                    a = anchorOf(m);
                    if (a != null) {
                        break;
                    }
                }
                if (a == null) {
                    return null;
                }
                out.addAll(a);
            }
            return out;
        }
        return null;
    }

    // ------------------------------------------------------------------ parsing

    private static final class Parser {
        final String pattern;
        final WordClasses classes;
        final List<String> parts = new ArrayList<>();
        int pos;

        Parser(String pattern, WordClasses classes) {
            this.pattern = pattern;
            this.classes = classes;
            for (String raw : pattern.trim().split("\\s+")) {
                split(raw);
            }
        }

        /** "(a" -> "(", "a"; "b)?" -> "b", ")?"; "\\(" is a literal parenthesis token. */
        private void split(String raw) {
            String r = raw;
            if (r.startsWith("\\")) {
                parts.add(r);
                return;
            }
            while (r.startsWith("(") && r.length() > 1) {
                parts.add("(");
                r = r.substring(1);
            }
            List<String> tail = new ArrayList<>();
            while (r.length() > 1 && (r.endsWith(")") || r.endsWith(")?")) && !r.startsWith("<") && !r.startsWith("{")) {
                boolean opt = r.endsWith("?");
                tail.add(0, opt ? ")?" : ")");
                r = r.substring(0, r.length() - (opt ? 2 : 1));
            }
            if (!r.isEmpty()) {
                parts.add(r);
            }
            parts.addAll(tail);
        }

        List<List<Node>> sequence() {
            List<List<Node>> alternatives = new ArrayList<>();
            List<Node> current = new ArrayList<>();
            while (pos < parts.size()) {
                String part = parts.get(pos);
                if (part.equals(")") || part.equals(")?")) {
                    break;
                }
                pos++;
                if (part.equals("|")) {
                    alternatives.add(current);
                    current = new ArrayList<>();
                } else if (part.equals("(")) {
                    List<List<Node>> inner = sequence();
                    if (pos >= parts.size()) {
                        throw new IllegalArgumentException("unclosed '(' in pattern: " + pattern);
                    }
                    boolean optional = parts.get(pos++).equals(")?");
                    current.add(new Group(inner, optional));
                } else {
                    current.add(element(part));
                }
            }
            alternatives.add(current);
            for (List<Node> alt : alternatives) {
                if (alt.isEmpty()) {
                    throw new IllegalArgumentException("empty alternative in pattern: " + pattern);
                }
            }
            return alternatives;
        }

        private Node element(String part) {
            boolean optional = part.length() > 1 && part.endsWith("?") && !part.equals("?");
            String p = optional ? part.substring(0, part.length() - 1) : part;
            Node node;
            if (p.equals("...")) {
                node = new Gap();
            } else if (p.equals("^")) {
                node = new Start();
            } else if (p.startsWith("{") && p.endsWith("}")) {
                node = slot(p.substring(1, p.length() - 1));
            } else {
                node = test(p);
            }
            return optional ? new Group(List.of(List.of(node)), true) : node;
        }

        private Node slot(String body) {
            int colon = body.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("slot needs name:KIND in pattern: " + pattern);
            }
            String name = body.substring(0, colon);
            String kind = body.substring(colon + 1);
            Set<String> words = null;
            Set<String> notHeads = null;
            int not = kind.indexOf("!@");
            if (not > 0) {
                notHeads = classes.get(kind.substring(not + 2));
                kind = kind.substring(0, not);
            }
            int at = kind.indexOf('@');
            if (at > 0) {
                words = classes.get(kind.substring(at + 1));
                kind = kind.substring(0, at);
            }
            try {
                return new Slot(name, SlotKind.valueOf(kind), words, notHeads);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown slot kind " + kind + " in pattern: " + pattern, e);
            }
        }

        private Node test(String p) {
            if (p.startsWith("\\") && p.length() > 1) {
                return new TokenTest(Set.of(p.substring(1)), List.of(), Set.of(), false);
            }
            boolean negated = p.startsWith("!") && p.length() > 1;
            String body = negated ? p.substring(1) : p;
            Set<String> words = new HashSet<>();
            List<Set<String>> cls = new ArrayList<>();
            Set<String> tags = new HashSet<>();
            if (body.startsWith("<") && body.endsWith(">")) {
                tags.addAll(List.of(body.substring(1, body.length() - 1).split("\\|")));
            } else {
                for (String w : body.split("\\|")) {
                    if (w.startsWith("@")) {
                        cls.add(classes.get(w.substring(1)));
                    } else if (!w.isEmpty()) {
                        words.add(w.toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
            return new TokenTest(Set.copyOf(words), List.copyOf(cls), Set.copyOf(tags), negated);
        }
    }
}
