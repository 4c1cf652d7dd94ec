package dev.schemawright.modeling.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A language's reading rules, loaded from {@code lang/<code>/<family>.rules}, with the prefilter derived from them: each
 * rule is filed under its anchor words (see {@link TokenPattern#anchors()}), so one look at a sentence's words picks the
 * few rules that can match it; no rule scans a sentence it cannot match. File format, one rule per block:
 * <pre>
 * rule: created
 * example: Users can create, edit and delete decks.
 * expect: entity deck created
 * not: Users can create an account.  (optional: sentences giving no claim, separated by ' | ')
 * where: prose                      (optional: any, heading, story, plan, prose; several separated by commas)
 * when: {verbs:VERBS@create} {thing:NPS}
 * then: entity thing created        (several claims separated by ';')
 * </pre>
 */
public final class RuleBook {
    /** The rule files every language provides, in the order their rules run. */
    public static final List<String> FAMILIES = List.of("things", "fields", "links", "values", "not-stored", "decisions", "access");

    private final List<Rule> rules;
    private final Map<String, int[]> byAnchor;
    private final int[] unanchored;

    public RuleBook(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, List<Integer>> index = new HashMap<>();
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < this.rules.size(); i++) {
            Set<String> anchors = this.rules.get(i).pattern().anchors();
            if (anchors.isEmpty()) {
                free.add(i);
            }
            for (String a : anchors) {
                index.computeIfAbsent(a, k -> new ArrayList<>()).add(i);
            }
        }
        this.byAnchor = new HashMap<>();
        index.forEach((k, v) -> byAnchor.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.unanchored = free.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Loads every family of {@code language}'s rule files. */
    public static RuleBook load(String language, WordClasses words) {
        List<Rule> rules = new ArrayList<>();
        for (String family : FAMILIES) {
            String resource = "/dev/schemawright/modeling/lang/" + language + "/" + family + ".rules";
            try (InputStream in = RuleBook.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing rule file " + resource);
                }
                rules.addAll(parse(family, new String(in.readAllBytes(), StandardCharsets.UTF_8), words));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return new RuleBook(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The rules that may match {@code s} (those whose anchors it holds, and those without anchors), in rule order. */
    public List<Rule> candidates(Sentence s) {
        BitSet hit = new BitSet(rules.size());
        for (int i : unanchored) {
            hit.set(i);
        }
        for (String w : s.words()) {
            int[] ids = byAnchor.get(w);
            if (ids != null) {
                for (int i : ids) {
                    hit.set(i);
                }
            }
        }
        List<Rule> out = new ArrayList<>(hit.cardinality());
        for (int i = hit.nextSetBit(0); i >= 0; i = hit.nextSetBit(i + 1)) {
            out.add(rules.get(i));
        }
        return out;
    }

    static List<Rule> parse(String family, String text, WordClasses words) {
        List<Rule> out = new ArrayList<>();
        Map<String, String> block = new HashMap<>();
        int blockLine = 0;
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String t = line.strip();
                if (t.startsWith("#")) {
                    continue;
                }
                if (t.isEmpty()) {
                    if (!block.isEmpty()) {
                        out.add(rule(family, block, blockLine, words));
                        block.clear();
                    }
                    continue;
                }
                int colon = t.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException(family + ".rules line " + lineNo + ": expected 'key: value'");
                }
                if (block.isEmpty()) {
                    blockLine = lineNo;
                }
                String key = t.substring(0, colon).strip();
                if (block.put(key, t.substring(colon + 1).strip()) != null) {
                    throw new IllegalArgumentException(family + ".rules line " + lineNo + ": '" + key + "' twice in one rule");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!block.isEmpty()) {
            out.add(rule(family, block, blockLine, words));
        }
        return out;
    }

    private static Rule rule(String family, Map<String, String> b, int line, WordClasses words) {
        for (String key : b.keySet()) {
            if (!Set.of("rule", "example", "expect", "not", "where", "when", "then").contains(key)) {
                throw new IllegalArgumentException(family + ".rules line " + line + ": unknown key '" + key + "'");
            }
        }
        for (String key : List.of("rule", "example", "expect", "when", "then")) {
            if (!b.containsKey(key) || b.get(key).isBlank()) {
                throw new IllegalArgumentException(family + ".rules line " + line + ": every rule needs '" + key + ":'");
            }
        }
        String name = b.get("rule");
        try {
            EnumSet<Rule.Where> where = EnumSet.noneOf(Rule.Where.class);
            for (String w : b.getOrDefault("where", "any").split(",")) {
                where.add(Rule.Where.valueOf(w.strip().toUpperCase(java.util.Locale.ROOT)));
            }
            TokenPattern pattern = TokenPattern.compile(b.get("when"), words);
            List<ClaimTemplate> then = new ArrayList<>();
            for (String c : b.get("then").split(";")) {
                ClaimTemplate template = ClaimTemplate.parse(c);
                for (String slot : template.slotArguments()) {
                    if (!pattern.source().contains("{" + slot + ":")) {
                        throw new IllegalArgumentException("claim '" + c.strip() + "' names slot '" + slot + "' that the pattern lacks");
                    }
                }
                then.add(template);
            }
            List<String> expect = new ArrayList<>();
            for (String e : b.get("expect").split(";")) {
                if (!e.isBlank()) {
                    expect.add(e.strip());
                }
            }
            List<String> counter = b.containsKey("not") ? List.of(b.get("not").split("\\s+\\|\\s+")) : List.of();
            return new Rule(family, name, b.get("example"), expect, counter, where, pattern, then);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(family + ".rules, rule '" + name + "' (line " + line + "): " + e.getMessage(), e);
        }
    }
}
