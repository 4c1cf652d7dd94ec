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
 * a criterion belongs to. Keyword rules run on the lower-cased statement ({@link Statement#lower()}).
 */
public final class RequirementClassifier {
    private static final Pattern REQUIREMENT_ID = Pattern.compile(
            "^\\s*\\**\\s*((?:fr|req|f|rf|wf)(?:-[a-z]+)*-?\\d+(?:\\.\\d+)*)\\b\\**\\s*[:.)\\-–—]?\\s*");
    private static final Pattern NFR_ID = Pattern.compile(
            "^\\s*\\**\\s*((?:nfr|nf|rnf|wnf)(?:-[a-z]+)*-?\\d+(?:\\.\\d+)*)\\b\\**\\s*[:.)\\-–—]?\\s*");
    private static final Phrases GIVEN_WHEN_THEN = Phrases.of("given\\b.*\\bwhen\\b.*\\bthen", "zakładając\\b.*\\bgdy\\b",
            "mając\\b.*\\bgdy\\b");
    private static final Pattern GHERKIN_STEP = Pattern.compile("^\\s*(?:given|when|then|and|but|zakładając|gdy|wtedy|oraz)\\b");
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
        String lower = s.lower();
        Section section = s.section();
        Optional<UserStory> story = UserStory.parse(s.head());
        if (story.isPresent()) {
            return story(story.get(), storyId);
        }
        boolean criterionText = GIVEN_WHEN_THEN.inLower(lower);
        if (storyId != null && (section.acceptance() || criterionText || GHERKIN_STEP.matcher(lower).find())) {
            return new Classification(RequirementKind.ACCEPTANCE_CRITERION, Map.of("storyId", storyId));
        }
        if (criterionText || section.acceptanceLabel()) {
            return new Classification(RequirementKind.ACCEPTANCE_CRITERION, Map.of());
        }
        Matcher nfrId = NFR_ID.matcher(lower);
        if (nfrId.find()) {
            return withCategory(RequirementKind.NON_FUNCTIONAL, lower, s.head().substring(nfrId.start(1), nfrId.end(1)));
        }
        Matcher frId = REQUIREMENT_ID.matcher(lower);
        if (frId.find()) {
            return withCategory(RequirementKind.FUNCTIONAL, lower, s.head().substring(frId.start(1), frId.end(1)));
        }
        if (s.role() == DocumentRole.CLARIFICATIONS || CLARIFICATION_TEXT.inLower(lower)) {
            return new Classification(RequirementKind.CLARIFICATION, Map.of());
        }
        if (section.openQuestions()) {
            return new Classification(RequirementKind.CONTEXT, Map.of("openQuestion", "true"));
        }
        if (section.metrics()) {
            return new Classification(RequirementKind.CONTEXT, Map.of("section", "metrics"));
        }
        if (s.role() == DocumentRole.PLANNING_NOTES || section.decisions()) {
            return withCategory(RequirementKind.PLANNING_DECISION, lower, null);
        }
        Optional<Classification> tech = techStack(s);
        if (tech.isPresent()) {
            return tech.get();
        }
        if (NfrCategories.strong(lower) || (section.nonFunctional() && NfrCategories.category(lower).isPresent())) {
            return withCategory(RequirementKind.NON_FUNCTIONAL, lower, null);
        }
        if (VALIDATION.inLower(lower)) {
            return withCategory(RequirementKind.VALIDATION_RULE, lower, null);
        }
        if (RULE.inLower(lower)) {
            return withCategory(RequirementKind.BUSINESS_RULE, lower, null);
        }
        if (s.role() != DocumentRole.TECH_STACK && section.functional() && (s.listItem() || FUNCTIONAL_VERB.inLower(lower))) {
            return withCategory(RequirementKind.FUNCTIONAL, lower, null);
        }
        return new Classification(RequirementKind.CONTEXT, Map.of());
    }

    private static Classification story(UserStory story, String storyId) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("actor", story.actor());
        f.put("goal", story.goal());
        f.put("benefit", story.benefit());
        if (storyId != null) {
            f.put("storyId", storyId);
        }
        return new Classification(RequirementKind.USER_STORY, f);
    }

    /** In tech-stack documents and sections, a statement naming a product; the parent item may name it instead. */
    private static Optional<Classification> techStack(Statement s) {
        boolean techContext = s.role() == DocumentRole.TECH_STACK || s.role() == DocumentRole.ARCHITECTURE || s.section().tech();
        if (!techContext) {
            return Optional.empty();
        }
        String text = s.head();
        Optional<TechFact> fact = TechFact.find(text);
        if (fact.isEmpty() && !s.section().labels().isEmpty()) {
            // "Relational database." under a "PostgreSQL" item: the product is named by the parent
            text = s.head() + " " + s.section().labels().get(s.section().labels().size() - 1);
            fact = TechFact.find(text);
        }
        if (fact.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("category", fact.get().category());
        facets.put("value", fact.get().value());
        for (TechFact named : TechFact.findAll(text)) {
            facets.put(named.category(), named.value());
        }
        if (facets.containsKey("database")) {
            facets.put("engine", TechFact.engine(facets.get("database")));
        }
        return Optional.of(new Classification(RequirementKind.TECH_STACK, facets));
    }

    /** Any kind may carry an NFR category as a hint (e.g. an FR about row-level security is also authorization). */
    private static Classification withCategory(RequirementKind kind, String lower, String id) {
        Map<String, String> f = new LinkedHashMap<>();
        if (id != null) {
            f.put("requirementId", id);
        }
        NfrCategories.category(lower).ifPresent(c -> f.put("category", c));
        return new Classification(kind, f);
    }
}
