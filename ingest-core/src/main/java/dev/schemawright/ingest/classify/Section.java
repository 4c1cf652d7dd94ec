package dev.schemawright.ingest.classify;

import dev.schemawright.contracts.Lists;
import dev.schemawright.contracts.requirement.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * What the headings and lead-ins above a block say, read once per block instead of once per sentence: which kind of
 * section it is and the scope it gives. Built with {@link #of(List, List)}.
 */
public record Section(List<String> headingPath, List<String> labels, Scope scope, boolean acceptance,
                      boolean acceptanceLabel, boolean openQuestions, boolean metrics, boolean decisions, boolean tech,
                      boolean functional, boolean nonFunctional) {
    private static final Phrases ACCEPTANCE = Phrases.of("acceptance criteria", "acceptance", "kryteri\\w* akceptacji",
            "definition of done");
    private static final Phrases OPEN = Phrases.of("unresolved", "open questions", "open issues", "open items",
            "nierozwiązan", "otwarte pytania");
    private static final Phrases METRICS = Phrases.of("success metrics", "metrics", "kpis?", "success criteria",
            "metryki", "mierniki", "wskaźniki", "kryteria sukcesu");
    private static final Phrases DECISIONS = Phrases.of("decisions?", "matched_recommendations", "recommendations",
            "database_planning_summary", "planning_summary", "decyzj", "rekomendacj", "ustalenia");
    private static final Phrases TECH = Phrases.of("tech", "stack", "technolog", "architecture", "infrastructure",
            "hosting", "deployment", "backend", "frontend", "database", "baza danych", "architektur", "wdrożeni");
    /** Only headings that announce requirements: a document title mentioning "MVP" or a pain-point list does not. */
    private static final Phrases FUNCTIONAL = Phrases.of("functional requirements", "features?", "functionalit",
            "capabilit", "wymagania funkcjonalne", "funkcjonalno", "funkcje");

    public Section {
        headingPath = Lists.copy(headingPath);
        labels = Lists.copy(labels);
    }

    public static Section of(List<String> headingPath, List<String> labels) {
        List<String> context = new ArrayList<>(headingPath);
        context.addAll(labels);
        return new Section(headingPath, labels, ScopeRules.ofContext(headingPath, labels),
                ACCEPTANCE.inAny(context), ACCEPTANCE.inAny(labels), OPEN.inAny(context), METRICS.inAny(headingPath),
                DECISIONS.inAny(headingPath), TECH.inAny(headingPath), FUNCTIONAL.inAny(headingPath),
                NfrCategories.section(context));
    }

    /** The same section with one more lead-in (e.g. a story title that says "(Future Release)"). */
    public Section withLabel(String label) {
        List<String> more = new ArrayList<>(labels);
        more.add(label);
        return of(headingPath, more);
    }
}
