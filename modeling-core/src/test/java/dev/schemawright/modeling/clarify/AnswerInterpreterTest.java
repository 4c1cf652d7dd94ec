package dev.schemawright.modeling.clarify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.CheckKind;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.modeling.Models;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plain statements and answers to questions, read as claims about a deck / card / tag / recipe step model. */
class AnswerInterpreterTest {
    private static final AnswerInterpreter READER = new AnswerInterpreter(model());

    private static SchemaModel model() {
        Table card = Models.entity("card", "front").withChecks(List.of(new CheckConstraint("card_difficulty_check", CheckKind.IN_VALUES, List.of("difficulty"),
                List.of("easy", "medium", "hard"), List.of())));
        card = card.withColumns(List.of(card.columns().get(0), Column.of("difficulty", ColumnType.of(TypeKind.TEXT), true)));
        return Models.empty(AuthProvider.SUPABASE).withTables(List.of(Models.entity("deck", "name", "status"), card, Models.entity("tag", "name"),
                        Models.entity("recipe_step", "body"), Models.entity("recipe", "status")))
                .withRelationships(List.of(Models.oneToMany("deck", "card"), Models.manyToMany("card", "tag")));
    }

    private static String claims(String question, String answer) {
        List<Claim> claims = READER.claims(new Clarification("c#1", null, question, answer, true));
        return claims.stream().map(c -> c.verdict() + " " + c.subject() + (c.other() == null ? "" : " " + c.other()) + (c.values().isEmpty() ? "" : " " + c.values()))
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A card can be in several decks.                         | SEVERAL card deck
            Cards can belong to many decks                          | SEVERAL card deck
            A card cannot belong to more than one deck.             | ONE card deck
            A card can only be in one deck.                         | ONE card deck
            A card belongs to exactly one deck.                     | ONE card deck; REQUIRED card deck
            Each card must belong to a deck.                        | ONE card deck; REQUIRED card deck
            A card can belong to a deck.                            | OPTIONAL card deck
            Cards belong to their deck.                             | ONE card deck
            A card can exist without a deck.                        | OPTIONAL card deck
            A card cannot exist without its deck.                   | REQUIRED card deck
            Cards don't need a deck.                                | OPTIONAL card deck
            The deck is optional for a card.                        | OPTIONAL card deck
            The deck is mandatory for every card.                   | REQUIRED card deck
            A card has an optional deck.                            | OPTIONAL card deck
            Cards without a deck are allowed.                       | OPTIONAL card deck
            A recipe step can be reused in several recipes.         | SEVERAL recipe_step recipe
            Tags are shared by all users.                           | SHARED tag
            Tags are not shared.                                    | PRIVATE tag
            Tags are never shared.                                  | PRIVATE tag
            Tags should always be shared.                           | SHARED tag
            All users see the same tags.                            | SHARED tag
            Tags are predefined.                                    | SHARED tag
            Each user keeps their own tags.                         | PRIVATE tag
            Tags are private.                                       | PRIVATE tag
            Users only see their own decks.                         | PRIVATE deck
            A tag belongs to one user.                              | PRIVATE tag
            Difficulty can also be 'expert'.                        | ADDED card difficulty [expert]
            The difficulty of a card is one of easy, medium, hard, expert. | REPLACED card difficulty [easy, medium, hard, expert]
            Card difficulty can also be "very hard" or 'insane'.    | ADDED card difficulty [very_hard, insane]
            Difficulty can also be 'Très difficile'.                | ADDED card difficulty [tres_difficile]
            The difficulty list is complete.                        | CONFIRMED card difficulty
            The recipe status is one of draft or published.         | REPLACED recipe status [draft, published]
            Status can be anything.                                 | ''
            Comments are moderated.                                 | ''
            """)
    void readsAPlainStatement(String statement, String expected) {
        assertThat(claims("", statement)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Can a card belong to more than one deck?                                   | Yes.                               | SEVERAL card deck
            Can a card belong to more than one deck?                                   | No.                                | ONE card deck
            Can a card belong to more than one deck?                                   | No, a card can be in several decks. | SEVERAL card deck
            Can a card have several tags, and can one tag be used by several cards?    | No                                 | ONE card tag
            Must every card belong to a deck?                                          | no, cards can exist without a deck | OPTIONAL card deck
            Are tags shared by all users, or does each user keep their own?            | Yes, and decks are private.        | SHARED tag; PRIVATE deck
            Are tags shared by all users, or does each user keep their own?            | No.                                | PRIVATE tag
            Is the list of values for card difficulty (easy, medium, hard) complete?   | Yes                                | CONFIRMED card difficulty [easy, medium, hard]
            Is the list of values for card difficulty (easy, medium, hard) complete?   | No, also 'expert'.                 | ADDED card difficulty [expert]
            Is the list of values for card difficulty (easy, medium, hard) complete?   | No.                                | ''
            Can a card be in several decks?                                            | Yes                                | SEVERAL card deck
            Can a card belong to more than one deck?                                   | It can be in several decks.        | SEVERAL card deck
            Are tags shared by all users, or does each user keep their own?            | they belong to a user, they are never shared | PRIVATE tag
            Can a card exist without a deck?                                           | Yes                                | OPTIONAL card deck
            Can a card exist without a deck?                                           | Maybe later.                       | ''
            Can a card belong to more than one deck?                                   | Tak.                               | SEVERAL card deck
            Can a card belong to more than one deck?                                   | Nie.                               | ONE card deck
            Can a card exist without a deck?                                           | tak                                | OPTIONAL card deck
            Can a card exist without a deck?                                           | Takie pytanie.                     | ''
            Can a card belong to more than one deck?                                   | Wiele.                             | SEVERAL card deck
            Can a card belong to more than one deck?                                   | Więcej niż jedną.                  | SEVERAL card deck
            Can a card belong to more than one deck?                                   | Tylko jedna.                       | ONE card deck
            Can a card belong to more than one deck?                                   | Jeden                              | ONE card deck
            Can a card belong to more than one deck?                                   | Jeden lub więcej.                  | SEVERAL card deck
            Can a card exist without a deck?                                           | Jeden.                             | ''
            """)
    void readsAnAnswerAgainstItsQuestion(String question, String answer, String expected) {
        assertThat(claims(question, answer)).isEqualTo(expected == null ? "" : expected);
    }
}
