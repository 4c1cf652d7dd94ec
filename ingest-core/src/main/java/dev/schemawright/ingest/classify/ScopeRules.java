package dev.schemawright.ingest.classify;

import dev.schemawright.contracts.requirement.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a statement is in scope. The innermost heading or lead-in that speaks about scope wins ("In scope:"
 * under "Product Boundaries" resets a surrounding "Out of scope"); a sentence that itself says "not planned for MVP"
 * overrides its context.
 */
public final class ScopeRules {
    private static final Phrases IN_SCOPE_CONTEXT = Phrases.of("in scope", "in-scope", "mvp scope", "included",
            "w zakresie", "zakres mvp", "wchodzi w zakres mvp");
    private static final Phrases OUT_CONTEXT = Phrases.of("out of scope", "out-of-scope", "not in scope", "non-goals?",
            "excluded", "exclusions", "not included", "won'?t have", "will not", "poza zakresem", "nie wchodzi",
            "nie wchodzą", "wyłączon", "co nie wchodzi", "nie obejmuje");
    private static final Phrases FUTURE_CONTEXT = Phrases.of("future", "post-mvp", "post mvp", "after mvp",
            "later releases?", "later phases?", "v2", "roadmap", "deferred", "not planned", "nice to have",
            "could have", "przyszł", "po mvp", "kolejn\\w* (?:wersj|etap|faz)", "planowane później");
    private static final Phrases OUT_SENTENCE = Phrases.of("out of scope", "out of (?:the )?mvp scope",
            "not in (?:the )?mvp\\b", "excluded from (?:the )?mvp", "is not (?:part of|included in) (?:the )?mvp",
            "are not (?:part of|included in) (?:the )?mvp", "not (?:be )?(?:supported|included) in (?:the )?mvp",
            "poza zakresem", "nie wchodzi w zakres", "nie wchodzą w zakres");
    private static final Phrases FUTURE_SENTENCE = Phrases.of("not planned for (?:the )?mvp", "post-mvp", "post mvp",
            "after (?:the )?mvp", "in (?:a )?(?:future|later) (?:release|version|phase|iteration)s?",
            "planned for (?:a )?later", "po mvp", "w przyszłych wersjach", "w kolejnych wersjach", "planowane po mvp");

    private static final Phrases OPEN_QUESTIONS = Phrases.of("open items", "open questions", "open issues", "unresolved",
            "tbd", "to be decided", "otwarte pytania");

    private ScopeRules() {
    }

    /** The statement's own words first ("not planned for MVP"), then its section. */
    public static Scope of(Statement s) {
        if (OUT_SENTENCE.inLower(s.lower())) {
            return Scope.OUT_OF_SCOPE;
        }
        if (FUTURE_SENTENCE.inLower(s.lower())) {
            return Scope.FUTURE;
        }
        return s.section().scope();
    }

    /** Scope from headings and lead-ins only; table rows and field lists use this, as their cells may mention scope as data. */
    static Scope ofContext(List<String> headingPath, List<String> labels) {
        // innermost first: lead-ins (only those that introduce something, i.e. end with ':'), then headings
        List<String> context = new ArrayList<>(headingPath);
        labels.stream().filter(l -> l.strip().endsWith(":")).forEach(context::add);
        for (int i = context.size() - 1; i >= 0; i--) {
            String c = context.get(i);
            if (c.length() > 160 || OPEN_QUESTIONS.in(c)) {
                continue; // long prose is no scope heading; "Open items (TBD for future refinement)" are questions
            }
            if (OUT_CONTEXT.in(c)) {
                return Scope.OUT_OF_SCOPE;
            }
            if (FUTURE_CONTEXT.in(c)) {
                return Scope.FUTURE;
            }
            if (IN_SCOPE_CONTEXT.in(c)) {
                return Scope.IN_SCOPE;
            }
        }
        return Scope.IN_SCOPE;
    }
}
