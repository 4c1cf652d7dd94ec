package dev.schemawright.modeling.clarify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.CheckKind;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.OpenQuestion;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.DesignProgram;
import dev.schemawright.modeling.ModelText;
import dev.schemawright.modeling.Models;
import dev.schemawright.modeling.explain.Questions;
import dev.schemawright.modeling.explain.OpenQuestionPass;
import dev.schemawright.modeling.normalize.EnumerationPass;
import dev.schemawright.modeling.normalize.ManyToManyPass;
import dev.schemawright.modeling.physical.ForeignKeyPass;
import dev.schemawright.modeling.physical.NamingPass;
import dev.schemawright.modeling.physical.OwnershipPass;
import dev.schemawright.modeling.physical.RowLevelSecurityPass;
import dev.schemawright.modeling.physical.UsersTablePass;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden before -> after per kind of answer: each answer pass, then the passes that build on what it changed. */
class ClarificationPassesTest {
    private static final String ANSWERS = "clarifications.md";

    private static SchemaModel decksAndCards(boolean optional) {
        return Models.empty(AuthProvider.APPLICATION).withTables(List.of(Models.entity("deck", "name"), Models.entity("card", "front")))
                .withRelationships(List.of(new Relationship("deck", "card", dev.schemawright.contracts.model.Cardinality.ONE_TO_MANY, null, optional,
                        "contains", List.of("prd.md#L6"))));
    }

    private static DesignContext answered(SchemaModel model, String... clarificationLines) {
        return Models.context(model, Models.lines(ANSWERS, DocumentRole.CLARIFICATIONS, clarificationLines));
    }

    private static SchemaModel run(DesignContext ctx, DesignPass... passes) {
        return DesignProgram.sequence(passes).apply(ctx);
    }

    private static OpenQuestion question(SchemaModel m, String id) {
        return m.openQuestions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no question " + id
                + " in " + m.openQuestions()));
    }

    @Test
    void answeredByIdACardInSeveralDecksBecomesManyToMany() {
        SchemaModel after = run(answered(decksAndCards(false), "q-parent-card-deck: no, a card can be in several decks."),
                new AnswerRelationshipsPass(), new ManyToManyPass(), new ForeignKeyPass(), new NamingPass());
        assertThat(ModelText.of(after)).isEqualTo("""
                table decks entity pk[]
                  name text
                table cards entity pk[]
                  front text
                table deck_cards join pk[deck_id, card_id]
                  deck_id uuid not null
                  card_id uuid not null
                  fk [deck_id] -> decks[id] on delete cascade
                  fk [card_id] -> cards[id] on delete cascade
                rel decks -> cards many_to_many via deck_cards
                decision normalize-many-to-many-deck_cards [prd.md#L6, clarifications.md#L1]
                  decks and cards: Join table deck_cards: one row per linked pair, composite primary key, deleted with either side
                  instead of: A list of cards in a column of decks (no referential integrity, no per-link data)
                  why: A deck has several cards and a card is used by several decks (linked)
                """);
        OpenQuestion q = question(after, "q-parent-card-deck");
        assertThat(q.question()).isEqualTo("Can a card belong to more than one deck?");
        assertThat(q.assumption()).isEqualTo("No: each card has exactly one deck (one-to-many, deleted with it).");
        assertThat(q.answer()).isEqualTo("Yes: many-to-many through deck_cards.");
        assertThat(q.answeredBy()).containsExactly("clarifications.md#L1");
        assertThat(after.relationships().get(0).sources()).containsExactly("prd.md#L6", "clarifications.md#L1");
        assertThat(after.table("deck_cards").orElseThrow().sources()).contains("clarifications.md#L1");
    }

    @Test
    void restatedQuestionAnsweredYesAndAnIdFromAnOlderRunMeanTheSame() {
        for (String answer : List.of("Can a card belong to more than one deck? Yes.", "q-parent-cards-decks: yes")) {
            SchemaModel after = run(answered(decksAndCards(false), answer), new AnswerRelationshipsPass(), new OpenQuestionPass());
            assertThat(after.relationships()).singleElement().satisfies(r -> assertThat(r.via()).as(answer).isEqualTo("deck_card"));
            assertThat(question(after, "q-parent-card-deck").answer()).as(answer).isEqualTo("Yes: many-to-many through deck_cards.");
            // the question the new link would raise is the one just answered
            assertThat(after.openQuestions()).as(answer).extracting(OpenQuestion::id).filteredOn(Questions::aboutRelationship)
                    .containsExactly("q-parent-card-deck");
        }
    }

    @Test
    void noToAManyToManyQuestionMakesTheLabelAReference() {
        SchemaModel tagged = Models.empty(AuthProvider.APPLICATION).withTables(List.of(Models.entity("card", "front"), Models.entity("tag", "name")))
                .withRelationships(List.of(Models.manyToMany("card", "tag")));
        SchemaModel after = run(answered(tagged, "Q: Can a card have several tags, and can one tag be used by several cards?", "A: No."),
                new AnswerRelationshipsPass(), new ManyToManyPass(), new ForeignKeyPass(), new NamingPass());
        assertThat(ModelText.of(after)).isEqualTo("""
                table cards entity pk[]
                  tag_id uuid not null
                  front text
                  fk [tag_id] -> tags[id] on delete restrict
                table tags entity pk[]
                  name text
                rel tags -> cards one_to_many
                """);
        OpenQuestion q = question(after, "q-m2m-card_tag");
        assertThat(q.answer()).isEqualTo("No: each card has exactly one tag (cards.tag_id, one-to-many).");
        assertThat(q.answeredBy()).containsExactly("clarifications.md#L2");
    }

    @Test
    void aJoinTableAPlanNamedGoesWhenTheLinkIsSingleValued() {
        SchemaModel planned = Models.empty(AuthProvider.APPLICATION).withTables(List.of(Models.entity("recipe", "title"), Models.entity("category", "name"),
                Models.entity("recipe_category", "category_id", "recipe_id"))).withRelationships(List.of(new Relationship("recipe", "category",
                dev.schemawright.contracts.model.Cardinality.MANY_TO_MANY, "recipe_category", true, "linked via recipe_category", List.of("plan#L9"))));
        SchemaModel after = run(answered(planned, "q-m2m-recipe_category: no, a recipe has exactly one category."), new AnswerRelationshipsPass(),
                new ManyToManyPass(), new ForeignKeyPass());
        assertThat(after.tables()).extracting(Table::name).containsExactly("recipe", "category");
        assertThat(after.table("recipe").orElseThrow().foreignKeys()).singleElement().satisfies(f -> {
            assertThat(f.refTable()).isEqualTo("category");
            assertThat(f.onDelete()).isEqualTo(FkAction.RESTRICT);
        });
        assertThat(after.diagnostics()).extracting(Diagnostic::code).containsExactly("clarification-dropped-join-table");
    }

    @Test
    void aLinkTheDesignDidNotHaveIsAddedAndRecordedAsNeverAsked() {
        SchemaModel unlinked = decksAndCards(false).withRelationships(List.of());
        SchemaModel after = run(answered(unlinked, "Each card belongs to exactly one deck."), new AnswerRelationshipsPass(), new ForeignKeyPass());
        assertThat(after.table("card").orElseThrow().foreignKeys()).singleElement().satisfies(f -> {
            assertThat(f.refTable()).isEqualTo("deck");
            assertThat(f.onDelete()).isEqualTo(FkAction.CASCADE);
        });
        OpenQuestion q = question(after, "q-parent-card-deck");
        assertThat(q.assumption()).isEmpty();
        assertThat(q.sources()).isEmpty();
        assertThat(q.answer()).isEqualTo("No: each card has exactly one deck (cards.deck_id, one-to-many).");
    }

    @Test
    void aTableNamedAfterBothSidesBecomesTheirJoinTable() {
        SchemaModel families = Models.empty(AuthProvider.APPLICATION).withTables(List.of(Models.entity("family", "name"), Models.entity("member", "nickname"),
                Models.entity("family_member", "role"))).withRelationships(List.of(Models.oneToMany("family", "member")));
        SchemaModel after = run(answered(families, "A member can belong to several families."), new AnswerRelationshipsPass(), new ManyToManyPass());
        assertThat(after.tables()).extracting(Table::name).containsExactly("family", "member", "family_member");
        assertThat(after.table("family_member").orElseThrow().kind().name()).isEqualTo("JOIN");
        assertThat(after.table("family_member").orElseThrow().foreignKeys()).extracting(ForeignKey::refTable).containsExactly("family", "member");
    }

    @Test
    void aCardThatCanExistWithoutADeckHasAnOptionalParent() {
        SchemaModel after = run(answered(decksAndCards(false), "A card can exist without a deck."), new AnswerRelationshipsPass(), new ForeignKeyPass());
        Table card = after.table("card").orElseThrow();
        assertThat(card.column("deck_id")).hasValueSatisfying(c -> assertThat(c.nullable()).isTrue());
        assertThat(card.foreignKeys()).singleElement().extracting(ForeignKey::onDelete).isEqualTo(FkAction.SET_NULL);
        assertThat(question(after, "q-parent-card-deck").answer())
                .isEqualTo("No: each card has at most one deck; cards.deck_id is nullable and set to NULL when the deck is deleted.");
    }

    @Test
    void everyCardMustBelongToADeckMakesAnOptionalParentRequired() {
        SchemaModel after = run(answered(decksAndCards(true), "Every card must belong to a deck."), new AnswerRelationshipsPass(), new ForeignKeyPass());
        Table card = after.table("card").orElseThrow();
        assertThat(card.column("deck_id")).hasValueSatisfying(c -> assertThat(c.nullable()).isFalse());
        assertThat(card.foreignKeys()).singleElement().extracting(ForeignKey::onDelete).isEqualTo(FkAction.CASCADE);
        OpenQuestion q = question(after, "q-optional-card-deck");
        assertThat(q.question()).isEqualTo("Must every card belong to a deck?");
        assertThat(q.answer()).isEqualTo("Yes: cards.deck_id is required (NOT NULL).");
    }

    @Test
    void aForeignKeyAPlanStatedFollowsTheAnswer() {
        Table card = Models.entity("card", "front");
        card = card.withColumns(List.of(card.columns().get(0), new Column("deck_id", ColumnType.of(TypeKind.UUID), false, null, false, "", List.of("plan#L3"))))
                .withForeignKeys(List.of(new ForeignKey("card_deck_id_fkey", List.of("deck_id"), null, "deck", List.of("id"), FkAction.RESTRICT, "reference",
                        List.of("plan#L3"))));
        SchemaModel planned = decksAndCards(false).withTables(List.of(Models.entity("deck", "name"), card));
        SchemaModel optional = run(answered(planned, "The deck is optional for a card."), new AnswerRelationshipsPass());
        assertThat(optional.table("card").orElseThrow().column("deck_id")).hasValueSatisfying(c -> assertThat(c.nullable()).isTrue());
        assertThat(optional.table("card").orElseThrow().foreignKeys()).singleElement().extracting(ForeignKey::onDelete).isEqualTo(FkAction.SET_NULL);
        SchemaModel several = run(answered(planned, "Cards can belong to many decks."), new AnswerRelationshipsPass(), new ManyToManyPass());
        assertThat(several.table("card").orElseThrow().foreignKeys()).isEmpty();
        assertThat(several.table("card").orElseThrow().hasColumn("deck_id")).isFalse();
        assertThat(several.table("deck_card")).isPresent();
    }

    @Test
    void sharedTablesLoseTheirOwnerAndBecomeReferenceData() {
        SchemaModel tags = Models.empty(AuthProvider.SUPABASE).withTables(List.of(Models.entity("tag", "name")));
        SchemaModel after = run(answered(tags, "Tags are shared by all users."), new UsersTablePass(), new AnswerSharingPass(), new OwnershipPass(),
                new NamingPass(), new RowLevelSecurityPass());
        assertThat(ModelText.of(after)).contains("""
                table tags lookup pk[] rls
                  name text
                  policy select authenticated
                  policy insert deny
                  policy update deny
                  policy delete deny
                """);
        assertThat(question(after, "q-shared-tag").answer()).isEqualTo("Shared reference data: readable by every signed-in user, written by the service role.");
    }

    @Test
    void aSharedParentPassesOnNoOwnerSoItsChildrenKeepTheirOwn() {
        SchemaModel books = Models.empty(AuthProvider.SUPABASE).withTables(List.of(Models.entity("series", "title"), Models.entity("book", "title")))
                .withRelationships(List.of(Models.oneToMany("series", "book")));
        SchemaModel after = run(answered(books, "Series are shared by all users."), new UsersTablePass(), new ForeignKeyPass(), new AnswerSharingPass(),
                new OwnershipPass());
        assertThat(after.table("series").orElseThrow().hasColumn("user_id")).isFalse();
        assertThat(after.table("book").orElseThrow().hasColumn("user_id")).isTrue();
        SchemaModel unanswered = run(Models.context(books), new UsersTablePass(), new ForeignKeyPass(), new OwnershipPass());
        assertThat(unanswered.table("book").orElseThrow().hasColumn("user_id")).as("a private parent carries the owner").isFalse();
    }

    @Test
    void eachUserKeepingTheirOwnGivesATableAnOwner() {
        SchemaModel languages = Models.empty(AuthProvider.SUPABASE).withTables(List.of(Models.entity("language", "code")));
        SchemaModel after = run(answered(languages, "Q: Are languages shared by all users, or does each user keep their own?", "A: Each user keeps their own languages."),
                new UsersTablePass(), new AnswerSharingPass());
        Table language = after.table("language").orElseThrow();
        assertThat(language.foreignKeys()).singleElement().satisfies(f -> assertThat(f.refSchema() + "." + f.refTable()).isEqualTo("auth.users"));
        assertThat(language.column("user_id")).isPresent();
        OpenQuestion q = question(after, "q-shared-language");
        assertThat(q.answer()).isEqualTo("Each user keeps their own: languages.user_id names the owner.");
        assertThat(q.answeredBy()).containsExactly("clarifications.md#L2");
    }

    private static SchemaModel difficulty() {
        Table card = Models.entity("card", "front").withChecks(List.of(new CheckConstraint("card_difficulty_check", CheckKind.IN_VALUES, List.of("difficulty"),
                List.of("easy", "medium", "hard"), List.of("prd.md#L7"))));
        card = card.withColumns(List.of(card.columns().get(0), Column.of("difficulty", ColumnType.of(TypeKind.TEXT), true)));
        return Models.empty(AuthProvider.APPLICATION).withTables(List.of(card));
    }

    @Test
    void valueListsAreExtendedReplacedOrConfirmed() {
        SchemaModel extended = run(answered(difficulty(), "Difficulty can also be 'expert'."), new AnswerValuesPass(), new EnumerationPass());
        assertThat(ModelText.of(extended)).startsWith("enum card_difficulty [easy, medium, hard, expert]\n");
        OpenQuestion q = question(extended, "q-enum-card_difficulty");
        assertThat(q.question()).isEqualTo("Is the list of values for card difficulty (easy, medium, hard) complete?");
        assertThat(q.answer()).isEqualTo("No: the values are easy, medium, hard, expert (added expert).");
        assertThat(extended.enums().get(0).sources()).containsExactly("prd.md#L7", "clarifications.md#L1");

        SchemaModel replaced = run(answered(difficulty(), "The difficulty of a card is one of beginner, intermediate, advanced."), new AnswerValuesPass(),
                new EnumerationPass());
        assertThat(replaced.enums()).singleElement().satisfies(e -> assertThat(e.values()).containsExactly("beginner", "intermediate", "advanced"));

        SchemaModel confirmed = run(answered(difficulty(), "q-enum-card_difficulty: yes, that list is complete"), new AnswerValuesPass(), new EnumerationPass());
        assertThat(confirmed.enums()).singleElement().satisfies(e -> assertThat(e.values()).containsExactly("easy", "medium", "hard"));
        assertThat(question(confirmed, "q-enum-card_difficulty").answer()).isEqualTo("Yes: easy, medium, hard.");

        SchemaModel questionThenAnswer = run(answered(difficulty(), "Is the list of values for card difficulty (easy, medium, hard) complete?",
                "No, also \"expert\" and \"insane\"."), new AnswerValuesPass(), new EnumerationPass());
        assertThat(questionThenAnswer.enums()).singleElement().satisfies(e -> assertThat(e.values()).containsExactly("easy", "medium", "hard", "expert", "insane"));
    }

    @Test
    void whatCannotBeMappedStaysOpenAndIsReported() {
        SchemaModel after = run(answered(decksAndCards(false), "Categories are shared by all users.", "q-parent-card-deck: let us decide later",
                        "q-values-invoice: yes", "q-" + "shared-" + "x".repeat(400) + ": yes"),
                new AnswerRelationshipsPass(), new AnswerSharingPass(), new OpenQuestionPass(), new UnappliedAnswerPass());
        assertThat(after.openQuestions()).filteredOn(q -> q.id().equals("q-parent-card-deck")).singleElement()
                .satisfies(q -> assertThat(q.answered()).isFalse());
        assertThat(after.openQuestions()).noneMatch(OpenQuestion::answered);
        assertThat(after.diagnostics()).extracting(Diagnostic::code).containsOnly("clarification-unmapped");
        assertThat(after.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "Not applied, the design could not map this answer to its tables (a new requirement belongs in the PRD or the planning notes): "
                        + "\"Categories are shared by all users.\"",
                "q-parent-card-deck stays open, the answer was not understood: \"let us decide later\"",
                "q-values-invoice is not a question this design asks (its tables may have other names now): \"yes\"",
                "Not applied, the design could not map this answer to its tables (a new requirement belongs in the PRD or the planning notes): \""
                        + ("q-shared-" + "x".repeat(400)).substring(0, 160) + "…\"");
        assertThat(after.diagnostics()).extracting(d -> d.sources().get(0))
                .containsExactly("clarifications.md#L1", "clarifications.md#L2", "clarifications.md#L3", "clarifications.md#L4");
    }

    @Test
    void aSecondAnswerToAnAnsweredQuestionThatSaysNothingIsReported() {
        SchemaModel after = run(answered(decksAndCards(false), "q-parent-card-deck: yes", "q-parent-card-deck: perhaps"),
                new AnswerRelationshipsPass(), new OpenQuestionPass(), new UnappliedAnswerPass());
        assertThat(after.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("q-parent-card-deck is answered by clarifications.md#L1; this answer was not understood: \"perhaps\"");
    }

    @Test
    void whenAnswersDisagreeTheLastIsAppliedAndTheDisagreementReported() {
        SchemaModel after = run(answered(decksAndCards(false), "A card can be in several decks.", "A card belongs to exactly one deck."),
                new AnswerRelationshipsPass(), new UnappliedAnswerPass());
        assertThat(after.relationships()).singleElement().satisfies(r -> {
            assertThat(r.cardinality().name()).isEqualTo("ONE_TO_MANY");
            assertThat(r.label()).isEqualTo("contains");
        });
        assertThat(question(after, "q-parent-card-deck").answeredBy()).containsExactly("clarifications.md#L1", "clarifications.md#L2");
        assertThat(after.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("clarification-conflict");
            assertThat(d.message()).isEqualTo("Answers disagree about the card / deck link; the last one (clarifications.md#L2) is applied");
        });
    }

    @Test
    void answerPassesAreIdempotent() {
        SchemaModel values = difficulty().withTables(List.of(difficulty().tables().get(0), Models.entity("deck", "name"), Models.entity("tag", "name")))
                .withRelationships(decksAndCards(false).relationships());
        DesignContext ctx = answered(values, "A card can be in several decks.", "Difficulty can also be 'expert'.", "Tags are shared by all users.",
                "Decks are private.", "Nonsense about widgets.");
        List<DesignPass> passes = List.of(new AnswerRelationshipsPass(), new ManyToManyPass(), new AnswerValuesPass(), new EnumerationPass(), new UsersTablePass(),
                new ForeignKeyPass(), new AnswerSharingPass(), new OwnershipPass(), new NamingPass(), new OpenQuestionPass(), new UnappliedAnswerPass());
        List<String> answered = new ArrayList<>();
        for (DesignPass pass : passes) {
            SchemaModel once = pass.apply(ctx);
            assertThat(pass.apply(ctx.withModel(once))).as(pass.name()).isEqualTo(once);
            ctx = ctx.withModel(once);
        }
        ctx.model().openQuestions().stream().filter(OpenQuestion::answered).forEach(q -> answered.add(q.id()));
        assertThat(answered).containsExactly("q-parent-card-deck", "q-enum-card_difficulty", "q-shared-tag", "q-shared-deck");
        assertThat(ctx.model().diagnostics()).singleElement().satisfies(d -> assertThat(d.sources()).containsExactly("clarifications.md#L5"));
    }
}
