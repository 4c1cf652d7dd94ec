package dev.schemawright.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.requirement.RequirementKind;
import dev.schemawright.contracts.requirement.Scope;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Golden checks: small inputs, the exact kind, facets, scope and provenance expected for each. */
class ClassificationGoldenTest {

    private static IngestResult prd(String markdown) {
        return Docs.ingest(Docs.text("prd.md", markdown));
    }

    @Test
    void storyBlockWithIdTitleDescriptionAndCriteria() {
        IngestResult r = prd("""
                # PRD

                ## User Stories

                - ID: US-001
                  Title: Register
                  Description: As a visitor, I want to register with my email so that I can save my work.
                  Acceptance Criteria:
                  - Given a new email, when I submit, then my account is created.
                  - Passwords have at least 8 characters.
                """);
        Requirement story = Docs.only(r, "register with my email");
        assertThat(story.kind()).isEqualTo(RequirementKind.USER_STORY);
        assertThat(story.id()).isEqualTo("prd.md#US-001");
        assertThat(story.facets()).containsExactly(entry("storyId", "US-001"), entry("title", "Register"),
                entry("actor", "visitor"), entry("goal", "register with my email"), entry("benefit", "I can save my work"));
        assertThat(story.source().lineStart()).isEqualTo(5);
        assertThat(story.source().lineEnd()).isEqualTo(8);
        Requirement criterion = Docs.only(r, "Passwords have at least 8");
        assertThat(criterion.kind()).isEqualTo(RequirementKind.ACCEPTANCE_CRITERION);
        assertThat(criterion.facet("storyId")).isEqualTo("US-001");
        assertThat(criterion.source().lineStart()).isEqualTo(10);
    }

    @Test
    void boldStoryIdLineWithCriteriaBelow() {
        IngestResult r = prd("""
                ### Epic 1: Accounts
                **US-1.1**: As a new user, I want to create an account so I can store my notes
                **Acceptance Criteria**:
                - Username must be 3-50 characters
                """);
        Requirement story = Docs.only(r, "create an account");
        assertThat(story.kind()).isEqualTo(RequirementKind.USER_STORY);
        assertThat(story.facets()).contains(entry("storyId", "US-1.1"), entry("actor", "new user"),
                entry("benefit", "I can store my notes"));
        Requirement criterion = Docs.only(r, "3-50 characters");
        assertThat(criterion.kind()).isEqualTo(RequirementKind.ACCEPTANCE_CRITERION);
        assertThat(criterion.facet("storyId")).isEqualTo("US-1.1");
    }

    @Test
    void storyUnderItsOwnHeadingAndPolishStory() {
        IngestResult r = prd("""
                ### US-007: Share a list

                As a list owner I want to share a list with a friend, so that we can plan together.

                #### Acceptance criteria
                - The friend sees the list read-only.

                ### US-008

                Jako administrator chcę blokować konta, aby chronić innych użytkowników.
                """);
        Requirement story = Docs.only(r, "share a list with a friend");
        assertThat(story.kind()).isEqualTo(RequirementKind.USER_STORY);
        assertThat(story.facets()).contains(entry("storyId", "US-007"), entry("actor", "list owner"),
                entry("benefit", "we can plan together"), entry("title", "Share a list"));
        assertThat(Docs.only(r, "read-only").facet("storyId")).isEqualTo("US-007");
        Requirement polish = Docs.only(r, "blokować konta");
        assertThat(polish.kind()).isEqualTo(RequirementKind.USER_STORY);
        assertThat(polish.facets()).contains(entry("actor", "administrator"), entry("goal", "blokować konta"),
                entry("storyId", "US-008"));
    }

    @Test
    void functionalRulesValidationAndNonFunctional() {
        IngestResult r = prd("""
                ## Functional Requirements

                - FR-003: Users can export their notes as PDF.
                - A note belongs to exactly one notebook.
                - The title is required and has at most 120 characters.

                ## Non-functional requirements

                - All uploaded files are encrypted at rest.
                - Pages load within 300 ms for 95% of requests.
                - Deleted notes go to a trash and can be restored for 30 days.
                - Each organization's data is isolated from other tenants.
                """);
        assertThat(Docs.only(r, "export their notes").kind()).isEqualTo(RequirementKind.FUNCTIONAL);
        assertThat(Docs.only(r, "export their notes").facet("requirementId")).isEqualTo("FR-003");
        assertThat(Docs.only(r, "exactly one notebook").kind()).isEqualTo(RequirementKind.BUSINESS_RULE);
        assertThat(Docs.only(r, "at most 120 characters").kind()).isEqualTo(RequirementKind.VALIDATION_RULE);
        assertThat(nfr(r, "encrypted at rest")).isEqualTo("security");
        assertThat(nfr(r, "within 300 ms")).isEqualTo("performance");
        assertThat(nfr(r, "restored for 30 days")).isEqualTo("soft_delete");
        assertThat(nfr(r, "other tenants")).isEqualTo("multi_tenancy");
    }

    @Test
    void nonFunctionalCategoriesFromStrongPhrasesAnywhere() {
        IngestResult r = prd("""
                ## Notes

                Row-level security ensures users see only their own rows. Every change is written to an audit log.
                Personal data is handled according to GDPR. Backups follow a retention of 90 days.
                """);
        assertThat(nfr(r, "Row-level security")).isEqualTo("authorization");
        assertThat(nfr(r, "audit log")).isEqualTo("audit");
        assertThat(nfr(r, "GDPR")).isEqualTo("privacy");
        assertThat(nfr(r, "retention of 90 days")).isEqualTo("retention");
        assertThat(Docs.only(r, "audit log").source().lineStart()).isEqualTo(3);
        assertThat(Docs.only(r, "GDPR").source().lineStart()).isEqualTo(4);
    }

    @Test
    void techStackFactsInEnglishAndPolish() {
        IngestResult r = Docs.ingest(Docs.text("tech-stack.md", """
                Backend - Supabase jako kompleksowe rozwiązanie backendowe:

                - Zapewnia bazę danych PostgreSQL
                - Posiada wbudowaną autentykację użytkowników

                ## ORM and hosting
                - Prisma as the ORM
                - Deployed on Vercel
                - Next.js 15 with TypeScript
                """));
        assertThat(tech(r, "bazę danych")).containsExactly(entry("category", "database"), entry("value", "PostgreSQL"),
                entry("database", "PostgreSQL"), entry("engine", "PostgreSQL"));
        assertThat(tech(r, "autentykację")).containsExactly(entry("category", "auth"), entry("value", "Supabase Auth"),
                entry("database", "Supabase"), entry("auth", "Supabase Auth"), entry("engine", "PostgreSQL"));
        assertThat(tech(r, "Prisma")).contains(entry("category", "orm"), entry("value", "Prisma"));
        assertThat(tech(r, "Vercel")).contains(entry("category", "hosting"), entry("value", "Vercel"));
        assertThat(tech(r, "Next.js")).containsExactly(entry("category", "framework"), entry("value", "Next.js"),
                entry("framework", "Next.js"), entry("language", "TypeScript"));
        assertThat(r.documents().get(0).role()).isEqualTo(DocumentRole.TECH_STACK);
    }

    @Test
    void scopeFromHeadingsLeadInsAndSentences() {
        IngestResult r = prd("""
                ## Product Boundaries

                In scope:

                - Shopping lists with items.

                Out of scope:

                - Price comparison between shops.

                ### Non-goals
                - Native mobile apps.

                ## Future releases (post-MVP)
                - Shared family accounts.

                ## Overview
                Recipes can be imported from a URL. Meal planning is not planned for the MVP.
                """);
        assertThat(Docs.only(r, "Shopping lists").scope()).isEqualTo(Scope.IN_SCOPE);
        Requirement out = Docs.only(r, "Price comparison");
        assertThat(out.scope()).isEqualTo(Scope.OUT_OF_SCOPE);
        assertThat(out.kind()).isEqualTo(RequirementKind.OUT_OF_SCOPE);
        assertThat(Docs.only(r, "Native mobile").scope()).isEqualTo(Scope.OUT_OF_SCOPE);
        assertThat(Docs.only(r, "family accounts").scope()).isEqualTo(Scope.FUTURE);
        assertThat(Docs.only(r, "imported from a URL").scope()).isEqualTo(Scope.IN_SCOPE);
        assertThat(Docs.only(r, "Meal planning").scope()).isEqualTo(Scope.FUTURE);
        assertThat(r.requirements()).noneMatch(q -> q.text().equals("Out of scope:"));
    }

    @Test
    void planningNotesDecisionsAndOpenQuestions() {
        IngestResult r = Docs.ingest(Docs.text("db-planning-notes.md", """
                <conversation_summary>
                <decisions>
                1. Use a join table between authors and books.
                2. Store prices as numeric(10,2).
                </decisions>
                <unresolved_issues>
                1. Should reviews be editable?
                </unresolved_issues>
                </conversation_summary>
                """));
        assertThat(r.documents().get(0).role()).isEqualTo(DocumentRole.PLANNING_NOTES);
        Requirement decision = Docs.only(r, "join table");
        assertThat(decision.kind()).isEqualTo(RequirementKind.PLANNING_DECISION);
        assertThat(decision.source().headingPath()).containsExactly("conversation_summary", "decisions");
        assertThat(decision.source().lineStart()).isEqualTo(3);
        Requirement open = Docs.only(r, "reviews be editable");
        assertThat(open.kind()).isEqualTo(RequirementKind.CONTEXT);
        assertThat(open.facet("openQuestion")).isEqualTo("true");
    }

    @Test
    void clarificationsAndFieldListsAndTables() {
        IngestResult c = Docs.ingest(new InputDocument("answers.md", null, """
                Q: Can a card belong to more than one deck?
                A: No, a card belongs to exactly one deck.
                """.getBytes(StandardCharsets.UTF_8)));
        assertThat(c.documents().get(0).role()).isEqualTo(DocumentRole.CLARIFICATIONS);
        assertThat(c.requirements()).isNotEmpty().allMatch(q -> q.kind() == RequirementKind.DATA_ROW
                || q.kind() == RequirementKind.CLARIFICATION);

        IngestResult r = prd("""
                ## Data

                Name: Deck
                Fields: title, visibility
                Owner: user

                | Entity | Fields |
                |--------|--------|
                | Card   | front, back |
                """);
        Requirement fields = Docs.only(r, "visibility");
        assertThat(fields.kind()).isEqualTo(RequirementKind.DATA_ROW);
        assertThat(fields.facets()).containsExactly(entry("Name", "Deck"), entry("Fields", "title, visibility"), entry("Owner", "user"));
        assertThat(fields.source().lineStart()).isEqualTo(3);
        assertThat(fields.source().lineEnd()).isEqualTo(5);
        Requirement row = Docs.only(r, "front, back");
        assertThat(row.facets()).containsExactly(entry("Entity", "Card"), entry("Fields", "front, back"));
        assertThat(row.source().lineStart()).isEqualTo(9);
    }

    @Test
    void rolesFromNamesAndHeadings() {
        IngestResult r = Docs.ingest(
                Docs.text("prd.md", "# App\n\n- Users can log in.\n"),
                Docs.text("architecture-guide.md", "# Guide\n\nServices talk over HTTP.\n"),
                Docs.text("notes.md", "# Database planning session\n\n- Use UUID keys.\n"),
                Docs.text("x.md", "# Tech stack\n\n- PostgreSQL 16\n"),
                new InputDocument("y.md", DocumentRole.CLARIFICATIONS, "Plain answer.\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.documents()).extracting(DocumentSummary::name, DocumentSummary::role).containsExactly(
                tuple("architecture-guide.md", DocumentRole.ARCHITECTURE),
                tuple("notes.md", DocumentRole.PLANNING_NOTES),
                tuple("prd.md", DocumentRole.PRD),
                tuple("x.md", DocumentRole.TECH_STACK),
                tuple("y.md", DocumentRole.CLARIFICATIONS));
    }

    private static String nfr(IngestResult r, String fragment) {
        Requirement q = Docs.only(r, fragment);
        assertThat(q.kind()).as(q.text()).isEqualTo(RequirementKind.NON_FUNCTIONAL);
        return q.facet("category");
    }

    private static java.util.Map<String, String> tech(IngestResult r, String fragment) {
        Requirement q = Docs.only(r, fragment);
        assertThat(q.kind()).as(q.text()).isEqualTo(RequirementKind.TECH_STACK);
        return q.facets();
    }
}
