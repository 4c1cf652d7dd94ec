package dev.schemawright.modeling.read;

import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.RequirementKind;
import dev.schemawright.modeling.Deadline;
import dev.schemawright.modeling.intake.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads prose with a language's rule book: every in-scope statement (headings included) is split into sentences,
 * analyzed once, and offered to the rules its words can trigger; each match becomes claims carrying the statement's
 * requirement id and the rule's name. Tech-stack notes are left to the stack reader.
 */
public final class ProseReader {
    /** Sentences longer than this (in characters) are lists or pasted data, not prose worth a rule. */
    static final int MAX_SENTENCE = 600;

    private final Language language;
    private final Map<String, Sentence> analyzed = new HashMap<>();

    public ProseReader(Language language) {
        this.language = language;
    }

    public Reading read(List<Statement> statements) {
        List<Claim> out = new ArrayList<>();
        Map<String, int[]> mentions = new HashMap<>();
        List<java.util.Set<String>> sentenceNames = new ArrayList<>();
        Map<String, List<String>> namesBySource = new HashMap<>();
        for (Statement st : statements) {
            Deadline.current().check("ProseReader");
            if (st.role() == DocumentRole.TECH_STACK || st.text().isBlank()) {
                continue;
            }
            boolean heading = st.isHeading();
            boolean story = st.kind() == RequirementKind.USER_STORY || st.kind() == RequirementKind.ACCEPTANCE_CRITERION;
            boolean plan = st.role() == DocumentRole.PLANNING_NOTES || st.role() == DocumentRole.ARCHITECTURE;
            Claim.Origin origin = Claim.Origin.PROSE;
            for (String text : sentences(st.text())) {
                if (text.length() > MAX_SENTENCE) {
                    continue;
                }
                Sentence s = analyzed.computeIfAbsent(text, language::analyze);
                List<String> ordered = new ArrayList<>();
                sentenceNames.add(countMentions(s, mentions, ordered));
                List<String> known = namesBySource.computeIfAbsent(st.id(), k -> new ArrayList<>());
                ordered.stream().filter(n -> !known.contains(n)).forEach(known::add);
                // two rules giving the same field of one sentence to different owners: the more specific pattern reads it
                // ("add cards to a deck with a question and an answer": the cards', not the deck's)
                Map<String, Integer> fieldRule = new HashMap<>();
                List<Claim> here = new ArrayList<>();
                List<Integer> specificity = new ArrayList<>();
                for (Rule rule : language.rules().candidates(s)) {
                    if (rule.admits(heading, story, plan)) {
                        int before = here.size();
                        apply(rule, s, st.id(), origin, here);
                        for (int c = before; c < here.size(); c++) {
                            specificity.add(rule.pattern().specificity());
                            if (here.get(c) instanceof Claim.FieldClaim f) {
                                fieldRule.merge(f.field(), rule.pattern().specificity(), Math::max);
                            }
                        }
                    }
                }
                for (int c = 0; c < here.size(); c++) {
                    if (!(here.get(c) instanceof Claim.FieldClaim f) || f.entity().isEmpty() || specificity.get(c) >= fieldRule.get(f.field())) {
                        out.add(here.get(c));
                    }
                }
            }
        }
        Map<String, Reading.Mentions> m = new HashMap<>();
        mentions.forEach((k, v) -> m.put(k, new Reading.Mentions(v[0], v[1], v[2])));
        Map<String, List<String>> bySource = new HashMap<>();
        namesBySource.forEach((k, v) -> bySource.put(k, List.copyOf(v)));
        return new Reading(out, m, sentenceNames, bySource);
    }

    /** Counts the noun phrases of one sentence by compound and by head (once each per phrase); returns the names it holds. */
    private java.util.Set<String> countMentions(Sentence s, Map<String, int[]> mentions, List<String> ordered) {
        java.util.Set<String> here = new java.util.HashSet<>();
        int i = 0;
        while (i < s.size()) {
            int[] ends = s.phraseEnds(i);
            if (ends.length == 0) {
                i++;
                continue;
            }
            Sentence.Phrase p = s.phrase(i, ends[0]);
            String name = language.names().entity(p);
            String head = language.names().head(p);
            List<String> named = new ArrayList<>(name == null || name.equals(head) ? java.util.Collections.singletonList(head) : List.of(name, head));
            // "ticket types": an attribute compound names a thing of its own where the documents give it fields or links
            String thing = language.names().namedThing(p);
            if (thing != null && !named.contains(thing)) {
                named.add(thing);
            }
            language.names().inner(p).stream().filter(n -> !named.contains(n)).forEach(named::add);
            for (String n : named) {
                if (n == null) {
                    continue;
                }
                ordered.add(n);
                int[] c = mentions.computeIfAbsent(n, k -> new int[3]);
                c[0]++;
                if (here.add(n)) {
                    c[1]++;
                }
                if (p.plural()) {
                    c[2]++;
                }
            }
            i = ends[0];
        }
        return java.util.Set.copyOf(here);
    }

    /** The claims {@code rule} makes of {@code s} (what a rule's example test checks). */
    public List<Claim> apply(Rule rule, Sentence s, String source, Claim.Origin origin, List<Claim> out) {
        for (TokenPattern.Match m : rule.pattern().matches(s)) {
            for (ClaimTemplate t : rule.then()) {
                t.apply(m, language.names(), rule.id(), source, origin, out);
            }
        }
        return out;
    }

    private List<String> sentences(String text) {
        return text.length() < 200 ? List.of(text) : language.sentences(text);
    }
}
