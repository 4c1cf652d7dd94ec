package dev.schemawright.modeling.clarify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.modeling.intake.StatementReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ways product owners write answers, read through ingest as they arrive. */
class ClarificationReaderTest {
    private static List<String> read(String name, String markdown) {
        return ClarificationReader.read(new StatementReader().read(ClarifiedDesignTest.ingest(name, markdown))).stream()
                .map(c -> c.source() + " | " + c.questionId() + " | " + c.question() + " | " + c.answer() + (c.first() ? "" : " | later")).toList();
    }

    @Test
    void pairsQuestionsWithTheirAnswersWhateverTheLayout() {
        assertThat(read("answers.md", """
                # Answers

                **Q:** Can a card belong to more than one deck?
                **A:** Yes.

                Q: Must every card belong to a deck?

                A: No. Cards can exist without a deck.

                | Question | Answer |
                |---|---|
                | q-enum-card_difficulty | Yes, the list is complete |

                1. **q-m2m-card_tag** — no: a card has exactly one tag.
                2. Q-PARENT-CARDS-DECKS = yes

                ## Other

                Are tags shared by all users? Yes, tags are shared.
                Categories are shared by all users.
                """)).containsExactly(
                "answers.md#L3 | null | Can a card belong to more than one deck? | Yes.",
                "answers.md#L8 | null | Must every card belong to a deck? | No. Cards can exist without a deck.",
                "answers.md#L12 | q-enum-card_difficulty | q-enum-card_difficulty | Yes, the list is complete",
                "answers.md#L14 | q-m2m-card_tag |  | no: a card has exactly one tag.",
                "answers.md#L15 | q-parent-card-deck |  | yes",
                "answers.md#L19.2 | null | Are tags shared by all users? | Yes, tags are shared.",
                // what follows an answer belongs to the same question until the next one; only the first answer's yes/no counts
                "answers.md#L20 | null | Are tags shared by all users? | Categories are shared by all users. | later");
    }

    @Test
    void otherDocumentsAnswerOnlyThroughMarkedLinesOrIds() {
        assertThat(read("prd.md", """
                # PRD

                - Option A: immediate renumbering on delete.
                - Can users share decks?
                - Q: Is a deck public?
                - A: No, decks are private.
                - Decks have a name (see q-shared-deck: private).
                """)).containsExactly(
                "prd.md#L6 | null | Is a deck public? | No, decks are private.",
                "prd.md#L7 | q-shared-deck |  | Decks have a name (see q-shared-deck: private).");
    }
}
