package dev.schemawright.ingest.classify;

import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.RequirementKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives one statement its kind and facets from structure first (story pattern, requirement ids, the section it sits
 * in, the document role) and from generic English/Polish keywords second. Stateless; the extractor supplies the story
 * a criterion belongs to.
 */
public final class RequirementClassifier {
    private static final Pattern REQUIREMENT_ID = Pattern.compile(
            "^\\s*\\**\\s*((?:FR|REQ|F|RF|WF)(?:-[A-Z]+)*-?\\d+(?:\\.\\d+)*)\\b\\**\\s*[:.)\\-–—]?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern NFR_ID = Pattern.compile(
            "^\\s*\\**\\s*((?:NFR|NF|RNF|WNF)(?:-[A-Z]+)*-?\\d+(?:\\.\\d+)*)\\b\\**\\s*[:.)\\-–—]?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Phrases ACCEPTANCE_SECTION = Phrases.of("acceptance criteria", "acceptance", "kryteri\\w* akceptacji",
            "definition of done");
    private static final Phrases GIVEN_WHEN_THEN = Phrases.of("given\\b.*\\bwhen\\b.*\\bthen", "zakładając\\b.*\\bgdy\\b", "mając\\b.*\\bgdy\\b");
    private static final Pattern GHERKIN_STEP = Pattern.compile("^\\s*(?:given|when|then|and|but|zakładając|gdy|wtedy|oraz)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Phrases FUNCTIONAL_SECTION = Phrases.of("functional requirements", "features?", "functionalit",
            "capabilit", "wymagania funkcjonalne", "funkcjonalno", "funkcje", "user problem", "mvp");
    private static final Phrases TECH_SECTION = Phrases.of("tech", "stack", "technolog", "architecture", "infrastructure",
            "hosting", "deployment", "backend", "frontend", "database", "baza danych", "architektur", "wdrożeni");
    private static final Phrases DECISION_SECTION = Phrases.of("decisions?", "matched_recommendations", "recommendations",
            "database_planning_summary", "planning_summary", "decyzj", "rekomendacj", "ustalenia");
    private static final Phrases OPEN_SECTION = Phrases.of("unresolved", "open questions", "open issues", "open items", "nierozwiązan", "otwarte pytania");
    private static final Phrases METRICS_SECTION = Phrases.of("success metrics", "metrics", "kpis?", "success criteria",
            "metryki", "mierniki", "wskaźniki", "kryteria sukcesu");
    private static final Phrases CLARIFICATION_TEXT = Phrases.of("q:", "a:", "answer:", "odpowiedź:", "pytanie:");
    private static final Phrases VALIDATION = Phrases.of("validat", "valid\\b", "invalid", "required", "mandatory",
            "must be (?:a |an )?(?:valid|unique|between|at least|at most|positive|non-empty|greater|less)",
            "max(?:imum)?\\.? \\d+", "min(?:imum)?\\.? \\d+", "\\d+\\s*(?:-|–|to)\\s*\\d+ (?:characters|chars|znaków)",
            "\\d+ (?:characters|chars|znaków)", "length", "format", "walidac", "wymagan\\w*\\b(?! funkc)", "obowiązkow",
            "długoś", "poprawn");
    private static final Phrases RULE = Phrases.of("must", "must not", "cannot", "can't", "can only", "only one", "at most",
            "at least", "never", "always", "unique", "prevent", "prohibit", "enforce", "not allowed", "is limited",
            "limit of", "each \\w+ (?:has|belongs|can have|may have)", "exactly one", "musi", "nie może", "nie mogą",
            "tylko jed", "maksymalnie", "co najmniej", "co najwyżej", "zawsze", "nigdy", "unikaln");
    private static final Phrases FUNCTIONAL_VERB = Phrases.of("shall", "should", "will", "can", "allow", "able to",
            "enable", "support", "provide", "display", "let", "create", "view", "edit", "delete", "manage",
            "umożliwi", "pozwala", "może", "mogą", "powin", "wyświetl");

    private RequirementClassifier() {
    }

    public static Classification classify(Statement s, String storyId) {
        String text = s.head();
        Optional<UserStory> story = UserStory.parse(text);
        if (story.isPresent()) {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("actor", story.get().actor());
            f.put("goal", story.get().goal());
            f.put("benefit", story.get().benefit());
            if (storyId != null) {
                f.put("storyId", storyId);
            }
            return new Classification(RequirementKind.USER_STORY, f);
        }
        if (storyId != null && (ACCEPTANCE_SECTION.inAny(s.context()) || GIVEN_WHEN_THEN.in(text) || GHERKIN_STEP.matcher(text).find())) {
            return new Classification(RequirementKind.ACCEPTANCE_CRITERION, Map.of("storyId", storyId));
        }
        if (GIVEN_WHEN_THEN.in(text) || ACCEPTANCE_SECTION.inAny(s.labels())) {
            return new Classification(RequirementKind.ACCEPTANCE_CRITERION, Map.of());
        }
        Matcher nfrId = NFR_ID.matcher(text);
        if (nfrId.find()) {
            return nonFunctional(text, nfrId.group(1));
        }
        Matcher frId = REQUIREMENT_ID.matcher(text);
        if (frId.find()) {
            return withCategory(RequirementKind.FUNCTIONAL, text, frId.group(1));
        }
        if (s.role() == DocumentRole.CLARIFICATIONS || CLARIFICATION_TEXT.in(text)) {
            return new Classification(RequirementKind.CLARIFICATION, Map.of());
        }
        if (OPEN_SECTION.inAny(s.context())) {
            return new Classification(RequirementKind.CONTEXT, Map.of("openQuestion", "true"));
        }
        if (METRICS_SECTION.inAny(s.headingPath())) {
            return new Classification(RequirementKind.CONTEXT, Map.of("section", "metrics"));
        }
        if (s.role() == DocumentRole.PLANNING_NOTES || DECISION_SECTION.inAny(s.headingPath())) {
            return withCategory(RequirementKind.PLANNING_DECISION, text, null);
        }
        boolean techContext = s.role() == DocumentRole.TECH_STACK || s.role() == DocumentRole.ARCHITECTURE
                || TECH_SECTION.inAny(s.headingPath());
        if (techContext) {
            Optional<TechFact> fact = TechFact.find(text);
            if (fact.isEmpty() && !s.labels().isEmpty()) {
                // "Relational database." under a "PostgreSQL" item: the product is named by the parent
                fact = TechFact.find(text + " " + s.labels().get(s.labels().size() - 1));
            }
            if (fact.isPresent()) {
                Map<String, String> f = new LinkedHashMap<>();
                f.put("category", fact.get().category());
                f.put("value", fact.get().value());
                return new Classification(RequirementKind.TECH_STACK, f);
            }
        }
        if (NfrCategories.strong(text) || (NfrCategories.section(s.context()) && NfrCategories.category(text).isPresent())) {
            return nonFunctional(text, null);
        }
        if (VALIDATION.in(text)) {
            return withCategory(RequirementKind.VALIDATION_RULE, text, null);
        }
        if (RULE.in(text)) {
            return withCategory(RequirementKind.BUSINESS_RULE, text, null);
        }
        if (s.role() != DocumentRole.TECH_STACK && FUNCTIONAL_SECTION.inAny(s.headingPath())
                && (s.listItem() || FUNCTIONAL_VERB.in(text))) {
            return withCategory(RequirementKind.FUNCTIONAL, text, null);
        }
        return new Classification(RequirementKind.CONTEXT, Map.of());
    }

    private static Classification nonFunctional(String text, String id) {
        Map<String, String> f = new LinkedHashMap<>();
        NfrCategories.category(text).ifPresent(c -> f.put("category", c));
        if (id != null) {
            f.put("requirementId", id);
        }
        return new Classification(RequirementKind.NON_FUNCTIONAL, f);
    }

    /** Any kind may carry an NFR category as a hint (e.g. an FR about row-level security is also authorization). */
    private static Classification withCategory(RequirementKind kind, String text, String id) {
        Map<String, String> f = new LinkedHashMap<>();
        if (id != null) {
            f.put("requirementId", id);
        }
        NfrCategories.category(text).ifPresent(c -> f.put("category", c));
        return new Classification(kind, f);
    }
}
