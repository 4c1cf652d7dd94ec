package dev.schemawright.modeling.read;

import java.util.List;
import java.util.Set;

/**
 * One reading rule, as data: a name, the example sentence written for it, the claims that example must give
 * ({@code expect}), sentences it must not read ({@code not}, optional), where it applies, a token pattern and the claims each match makes. Rules live in
 * {@code lang/<code>/<family>.rules}; one parameterized test runs every rule's example.
 */
public record Rule(String family, String name, String example, List<String> expect, List<String> counterExamples, Set<Where> where,
                   TokenPattern pattern, List<ClaimTemplate> then) {
    public Rule {
        expect = List.copyOf(expect);
        counterExamples = List.copyOf(counterExamples);
        where = Set.copyOf(where);
        then = List.copyOf(then);
    }

    /** Which statements a rule reads. */
    public enum Where {
        /** Any statement (the default). */
        ANY,
        /** Section headings ("## Recipe Management"). */
        HEADING,
        /** User stories and their acceptance criteria. */
        STORY,
        /** Planning notes and architecture documents. */
        PLAN,
        /** Sentences, not headings. */
        PROSE;

        boolean admits(boolean heading, boolean story, boolean plan) {
            switch (this) {
                case ANY:
                    return true;
                case HEADING:
                    return heading;
                case STORY:
                    return story && !heading;
                case PLAN:
                    return plan && !heading;
                case PROSE:
                    return !heading;
                default:
                    throw new IllegalStateException("unsupported where " + this);
            }
        }
    }

    public boolean admits(boolean heading, boolean story, boolean plan) {
        return where.stream().anyMatch(w -> w.admits(heading, story, plan));
    }

    /** "family/name", how claims name the rule that made them. */
    public String id() {
        return family + "/" + name;
    }
}
