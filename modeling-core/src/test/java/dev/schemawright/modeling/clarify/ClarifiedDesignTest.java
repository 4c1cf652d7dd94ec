package dev.schemawright.modeling.clarify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.OpenQuestion;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.ingest.Ingestor;
import dev.schemawright.modeling.DesignIdempotenceTest;
import dev.schemawright.modeling.SchemaDesigner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The round trip through ingest and every pass: design, answer the questions in a clarifications document, design again. */
class ClarifiedDesignTest {
    static final String PRD = """
            # Study Cards PRD

            ## Functional Requirements

            - Users can create, edit and delete decks with fields: name, description.
            - Each deck contains many cards.
            - Users can add cards to a deck with front, back and difficulty (easy / medium / hard).
            - Users can tag cards with tags; a card can have multiple tags.
            """;
    static final String STACK = "# Tech stack\n\n- Backend: Supabase (PostgreSQL, Supabase Auth)\n";
    static final String CLARIFICATIONS = """
            # Clarifications

            ## Open questions

            - q-parent-card-deck: no, a card can be in several decks.

            **Q:** Is the list of values for card difficulty (easy, medium, hard) complete?
            **A:** No, difficulty can also be 'expert'.

            | Question | Answer |
            |---|---|
            | q-m2m-card_tag | yes |

            Tags are shared by all users.
            Comments are moderated.
            """;

    static List<Requirement> ingest(String... namesAndTexts) {
        List<InputDocument> docs = new ArrayList<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            docs.add(new InputDocument(namesAndTexts[i], null, namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8)));
        }
        return new Ingestor().ingest(docs).requirements();
    }

    private static OpenQuestion question(SchemaModel m, String id) {
        return m.openQuestions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " in " + m.openQuestions()));
    }

    @Test
    void answersChangeTheDesignAndMarkTheirQuestions() {
        SchemaModel asked = new SchemaDesigner().design("cards", ingest("prd.md", PRD, "tech-stack.md", STACK));
        assertThat(asked.openQuestions()).extracting(OpenQuestion::id)
                .contains("q-parent-card-deck", "q-enum-card_difficulty", "q-m2m-card_tag").allMatch(id -> !id.isBlank());
        assertThat(asked.openQuestions()).noneMatch(OpenQuestion::answered);
        assertThat(asked.table("cards").orElseThrow().hasColumn("deck_id")).isTrue();
        assertThat(asked.table("tags").orElseThrow().hasColumn("user_id")).isTrue();

        SchemaModel answered = new SchemaDesigner().design("cards", ingest("prd.md", PRD, "tech-stack.md", STACK, "clarifications.md", CLARIFICATIONS));
        // a card in several decks: the deck link became a join table
        assertThat(answered.table("cards").orElseThrow().hasColumn("deck_id")).isFalse();
        Table deckCards = answered.table("deck_cards").orElseThrow();
        assertThat(deckCards.kind()).isEqualTo(TableKind.JOIN);
        assertThat(deckCards.foreignKeys()).extracting(ForeignKey::refTable).containsExactlyInAnyOrder("decks", "cards");
        assertThat(deckCards.policies()).isNotEmpty();
        // difficulty gained a value
        assertThat(answered.enums()).filteredOn(e -> e.name().equals("card_difficulty")).singleElement()
                .satisfies(e -> assertThat(e.values()).containsExactly("easy", "medium", "hard", "expert"));
        // tags are shared reference data: no owner, readable by all, written by the service role
        Table tags = answered.table("tags").orElseThrow();
        assertThat(tags.kind()).isEqualTo(TableKind.LOOKUP);
        assertThat(tags.columns()).extracting(Column::name).doesNotContain("user_id");
        assertThat(tags.policies()).extracting(p -> p.rule().kind().name()).containsExactly("AUTHENTICATED", "DENY", "DENY", "DENY");

        assertThat(question(answered, "q-parent-card-deck").answer()).isEqualTo("Yes: many-to-many through deck_cards.");
        assertThat(question(answered, "q-enum-card_difficulty").answer()).isEqualTo("No: the values are easy, medium, hard, expert (added expert).");
        assertThat(question(answered, "q-m2m-card_tag").answer()).isEqualTo("Yes: many-to-many through card_tags.");
        assertThat(question(answered, "q-shared-tag").answer()).startsWith("Shared reference data");
        assertThat(answered.openQuestions()).filteredOn(OpenQuestion::answered).allSatisfy(q -> assertThat(q.answeredBy()).allMatch(s -> s.startsWith("clarifications.md#")));
        // the answered link raises no new question, and what could not be mapped says so
        assertThat(answered.openQuestions()).extracting(OpenQuestion::id).doesNotContain("q-m2m-deck_card");
        assertThat(answered.diagnostics()).filteredOn(d -> d.code().startsWith("clarification-")).singleElement()
                .extracting(Diagnostic::message).asString().contains("Comments are moderated.");
        // the ids asked in the first run are the ids answered in the second
        assertThat(answered.openQuestions()).extracting(OpenQuestion::id).containsAll(asked.openQuestions().stream()
                .filter(q -> !q.id().startsWith("q-shared-")).map(OpenQuestion::id).toList());
    }

    @Test
    void aClarificationsDocumentIsNotReadAsRequirementsSoTheQuestionsItAnswersKeepTheirIds() {
        SchemaModel asked = new SchemaDesigner().design("cards", ingest("prd.md", PRD, "tech-stack.md", STACK));
        String nothingApplies = """
                # Questions

                Q: Must every deck belong to a category?
                - q-optional-deck-category: yes, every deck must belong to a category.
                Comments are moderated.
                """;
        SchemaModel again = new SchemaDesigner().design("cards", ingest("prd.md", PRD, "tech-stack.md", STACK, "questions.md", nothingApplies));
        assertThat(again.withDiagnostics(asked.diagnostics())).isEqualTo(asked);
        assertThat(again.diagnostics()).extracting(Diagnostic::code).containsOnly("clarification-unmapped").hasSize(2);
    }

    @Test
    void everyPassIsIdempotentAndTheDesignDeterministicWithClarifications() {
        DesignIdempotenceTest.assertEveryPassIdempotentAndTheDesignDeterministic("cards",
                ingest("prd.md", PRD, "tech-stack.md", STACK, "clarifications.md", CLARIFICATIONS));
    }

    @Test
    void questionsAndAnswersOutsideAClarificationsDocumentCountOnlyWhenMarked() {
        String prd = PRD + """

                ## Decisions

                - Option A: decks can be archived.
                - Q: Can a card belong to more than one deck?
                - A: Yes, cards can be in several decks.
                """;
        SchemaModel m = new SchemaDesigner().design("cards", ingest("prd.md", prd, "tech-stack.md", STACK));
        assertThat(m.table("deck_cards")).isPresent();
        assertThat(m.diagnostics()).noneMatch(d -> d.code().startsWith("clarification-"));
    }
}
