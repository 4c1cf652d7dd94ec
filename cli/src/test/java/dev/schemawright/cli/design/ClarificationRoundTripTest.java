package dev.schemawright.cli.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.model.OpenQuestion;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.render.Artifact;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a product owner does: design a PRD, read the open questions in design.md, answer some in a clarifications.md
 * (by id, by restating one, in plain words) and design again: the artifacts change as answered and show the questions
 * answered, with the answer and where it came from. The same documents give the same bytes.
 */
public class ClarificationRoundTripTest {
    public static final String PRD = """
            # Study Cards PRD

            ## Functional Requirements

            - Users can create, edit and delete decks with fields: name, description.
            - Each deck contains many cards.
            - Users can add cards to a deck with front, back and difficulty (easy / medium / hard).
            - Users can tag cards with tags; a card can have multiple tags.
            """;
    public static final String STACK = "# Tech stack\n\n- Backend: Supabase (PostgreSQL, Supabase Auth)\n";
    public static final String CLARIFICATIONS = """
            # Answers to the open questions

            - q-parent-card-deck: no, a card can be in several decks.

            Q: Is the list of values for card difficulty (easy, medium, hard) complete?
            A: No, difficulty can also be 'expert'.

            Tags are shared by all users.
            """;

    private final InProcessPipeline pipeline = new InProcessPipeline();

    public static List<InputDocument> documents(String... namesAndTexts) {
        List<InputDocument> docs = new ArrayList<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            docs.add(new InputDocument(namesAndTexts[i], null, namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8)));
        }
        return docs;
    }

    private static String artifact(PipelineResult result, String name) {
        return result.artifacts().stream().filter(a -> a.name().equals(name)).findFirst().map(Artifact::text).orElseThrow();
    }

    @Test
    void answeringTheOpenQuestionsChangesTheDesignAndShowsThemAnswered() {
        PipelineResult first = pipeline.run("cards", documents("prd.md", PRD, "tech-stack.md", STACK));
        String firstDesign = artifact(first, "design.md");
        String openSection = firstDesign.substring(firstDesign.indexOf("## Open Questions"));
        assertThat(openSection).contains("**q-parent-card-deck** Can a card belong to more than one deck?",
                "**q-enum-card_difficulty** Is the list of values for card difficulty (easy, medium, hard) complete?",
                "**q-m2m-card_tag**").doesNotContain("### Answered questions");
        assertThat(artifact(first, "schema.postgres.sql")).contains("deck_id uuid NOT NULL").doesNotContain("deck_cards");

        PipelineResult second = pipeline.run("cards", documents("prd.md", PRD, "tech-stack.md", STACK, "clarifications.md", CLARIFICATIONS));
        assertThat(second.rejected()).isFalse();
        String sql = artifact(second, "schema.postgres.sql");
        assertThat(sql).contains("CREATE TABLE deck_cards (", "'hard', 'expert'").doesNotContain("    deck_id uuid NOT NULL,\n    front");
        assertThat(sql).containsPattern("CREATE TABLE tags \\([^;]*\\);").doesNotContainPattern("CREATE TABLE tags \\([^;]*user_id[^;]*\\);");

        String design = artifact(second, "design.md");
        String answered = design.substring(design.indexOf("### Answered questions"));
        assertThat(answered).contains(
                "**q-parent-card-deck** Can a card belong to more than one deck? — Answer: Yes: many-to-many through deck_cards. (answered by clarifications.md#L3; raised by prd.md#L6)",
                "**q-enum-card_difficulty** Is the list of values for card difficulty (easy, medium, hard) complete? — Answer: No: the values are easy, medium, hard, expert (added expert). (answered by clarifications.md#L5",
                "**q-shared-tag** Are tags shared by all users, or does each user keep their own? — Answer: Shared reference data");
        String open = design.substring(design.indexOf("## Open Questions"), design.indexOf("### Answered questions"));
        assertThat(open).contains("**q-m2m-card_tag**").doesNotContain("q-parent-card-deck", "q-enum-card_difficulty", "q-m2m-deck_card");
        assertThat(artifact(second, "db-plan.md")).contains("- Answered question q-parent-card-deck: Can a card belong to more than one deck? Answer: Yes: many-to-many");

        SchemaModel model = JsonCodec.fromString(artifact(second, "model.json"), SchemaModel.class);
        assertThat(model.openQuestions()).filteredOn(OpenQuestion::answered).extracting(OpenQuestion::id)
                .containsExactly("q-parent-card-deck", "q-enum-card_difficulty", "q-shared-tag");

        PipelineResult again = pipeline.run("cards", documents("prd.md", PRD, "tech-stack.md", STACK, "clarifications.md", CLARIFICATIONS));
        assertThat(again.artifacts()).extracting(Artifact::sha256).containsExactlyElementsOf(second.artifacts().stream().map(Artifact::sha256).toList());
    }
}
