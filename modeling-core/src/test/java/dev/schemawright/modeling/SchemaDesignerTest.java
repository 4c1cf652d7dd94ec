package dev.schemawright.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.Decision;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.Requirement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** End to end through every pass, from requirement lines written the way PRDs are. */
class SchemaDesignerTest {
    private static List<Requirement> studyCards() {
        List<Requirement> reqs = new ArrayList<>(Models.lines("prd.md", DocumentRole.PRD,
                "# Study Cards PRD",
                "## Functional Requirements",
                "Users can create, edit and delete decks with fields: name, description.",
                "Each deck contains many cards.",
                "Users can add cards to a deck with front, back and difficulty (easy / medium / hard).",
                "Users can tag decks with tags; a deck can have multiple tags.",
                "Users can search decks by name.",
                "## Out of Scope",
                "Users can create classrooms and share decks with classrooms."));
        reqs.addAll(Models.lines("tech-stack.md", DocumentRole.TECH_STACK, "Backend: Supabase (PostgreSQL, Supabase Auth)"));
        return reqs;
    }

    @Test
    void readsEntitiesAttributesRelationshipsAndStack() {
        SchemaModel m = new SchemaDesigner().design("cards", studyCards());
        assertThat(m.stack().auth()).isEqualTo(AuthProvider.SUPABASE);
        assertThat(m.tables()).extracting(Table::name).contains("profiles", "decks", "cards", "tags", "deck_tags").doesNotContain("classrooms");
        Table decks = m.table("decks").orElseThrow();
        assertThat(decks.columns()).extracting(Column::name).contains("id", "user_id", "name", "description", "created_at", "updated_at");
        assertThat(decks.foreignKeys()).extracting(ForeignKey::refSchema, ForeignKey::refTable).contains(org.assertj.core.groups.Tuple.tuple("auth", "users"));
        Table cards = m.table("cards").orElseThrow();
        ForeignKey toDeck = cards.foreignKeys().stream().filter(f -> f.refTable().equals("decks")).findFirst().orElseThrow();
        assertThat(toDeck.onDelete()).isEqualTo(FkAction.CASCADE);
        assertThat(toDeck.rationale()).isNotBlank();
        assertThat(cards.columns()).extracting(Column::name).contains("front", "back", "difficulty");
        assertThat(m.enums()).anySatisfy(e -> assertThat(e.values()).containsExactly("easy", "medium", "hard"));
        Table join = m.table("deck_tags").orElseThrow();
        assertThat(join.kind()).isEqualTo(TableKind.JOIN);
        assertThat(join.primaryKey()).containsExactly("deck_id", "tag_id");
        assertThat(decks.indexes()).anySatisfy(i -> assertThat(i.columnNames()).containsExactly("name"));
        assertThat(m.tables()).allSatisfy(t -> {
            assertThat(t.rlsEnabled()).isTrue();
            assertThat(t.policies()).hasSize(4);
            t.foreignKeys().forEach(fk -> assertThat(t.indexes().stream().anyMatch(i -> i.columnNames().get(0).equals(fk.columns().get(0)))
                    || t.primaryKey().get(0).equals(fk.columns().get(0))).as(t.name() + " indexes " + fk.columns()).isTrue());
        });
        assertThat(decks.sources()).isNotEmpty();
        assertThat(m.decisions()).anySatisfy(d -> assertThat(d.alternative()).isNotBlank());
        assertThat(m.openQuestions()).anySatisfy(q -> assertThat(q.assumption()).isNotBlank());
    }

    /** A PRD and planning notes with a list in a column, a numbered group, another noun's details and two names for one thing. */
    private static List<Requirement> cookbook() {
        List<Requirement> reqs = new ArrayList<>(Models.lines("prd.md", DocumentRole.PRD,
                "# Cookbook PRD",
                "## Functional Requirements",
                "Users can create, edit and delete recipes with fields: title, description, ingredients, steps.",
                "Each recipe has a list of ingredients, and its steps are shown in order.",
                "Users can create, edit and delete books with fields: title, author name, author bio, author website.",
                "Users can search books by title and browse books by author.",
                "Each author can have many books; the author page shows the bio.",
                "Users can create, edit and delete binders and add recipes to a binder.",
                "Each binder contains many recipes; users can rename and delete binders."));
        reqs.addAll(Models.lines("db-planning-notes.md", DocumentRole.PLANNING_NOTES,
                "# Database planning",
                "- `quizzes` (id, title, answer_1, answer_2, answer_3, answer_4, correct_answer)",
                "- `cookbooks` (id, name, description): cookbooks (also called binders) group a user's recipes"));
        reqs.addAll(Models.lines("tech-stack.md", DocumentRole.TECH_STACK, "Backend: Supabase (PostgreSQL, Supabase Auth)"));
        return reqs;
    }

    @Test
    void normalizationSplitsListsAndGroupsMergesSynonymsAndRecordsWhy() {
        SchemaModel m = new SchemaDesigner().design("cookbook", cookbook());
        Table recipes = m.table("recipes").orElseThrow();
        assertThat(recipes.columns()).extracting(Column::name).doesNotContain("ingredients", "steps");
        Table ingredients = m.table("recipe_ingredients").orElseThrow();
        assertThat(ingredients.kind()).isEqualTo(TableKind.CHILD);
        assertThat(ingredients.columns()).extracting(Column::name).contains("recipe_id", "ingredient").doesNotContain("position");
        assertThat(ingredients.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.refTable()).isEqualTo("recipes");
            assertThat(fk.onDelete()).isEqualTo(FkAction.CASCADE);
        });
        Table steps = m.table("recipe_steps").orElseThrow();
        assertThat(steps.uniques()).anySatisfy(u -> assertThat(u.columns()).containsExactly("recipe_id", "position"));
        Table answers = m.table("quiz_answers").orElseThrow();
        assertThat(answers.columns()).extracting(Column::name).contains("quiz_id", "answer", "position");
        assertThat(m.table("quizzes").orElseThrow().columns()).extracting(Column::name).contains("correct_answer").doesNotContain("answer_1", "answer_4");

        Table books = m.table("books").orElseThrow();
        assertThat(books.columns()).extracting(Column::name).contains("author_id").doesNotContain("author_name", "author_bio", "author_website");
        assertThat(books.foreignKeys()).anySatisfy(fk -> {
            assertThat(fk.refTable()).isEqualTo("authors");
            assertThat(fk.onDelete()).isIn(FkAction.SET_NULL, FkAction.RESTRICT);
        });
        assertThat(m.table("authors").orElseThrow().columns()).extracting(Column::name).contains("name", "bio", "website");

        assertThat(m.tables()).extracting(Table::name).doesNotContain("binders");
        assertThat(recipes.foreignKeys()).anySatisfy(fk -> assertThat(fk.refTable()).isEqualTo("cookbooks"));

        assertThat(m.decisions().stream().filter(d -> d.id().startsWith(Decision.NORMALIZATION_PREFIX)).map(Decision::id)).containsExactly(
                "normalize-multi-valued-quizzes-answer", "normalize-multi-valued-recipes-ingredients", "normalize-multi-valued-recipes-steps",
                "normalize-duplicate-binders-cookbooks", "normalize-attribute-group-books-author");
        assertThat(m.decisions()).filteredOn(d -> d.id().startsWith(Decision.NORMALIZATION_PREFIX)).allSatisfy(d -> {
            assertThat(d.alternative()).isNotBlank();
            assertThat(d.rationale()).isNotBlank();
            assertThat(d.sources()).isNotEmpty();
        });
        assertThat(new SchemaDesigner().design("cookbook", cookbook())).isEqualTo(m);
    }

    @Test
    void hostileNamesNeverEscapeIdentifiers() {
        List<Requirement> reqs = Models.lines("prd.md", DocumentRole.PRD,
                "Users can create widgets with fields: name\"; DROP TABLE users; --, colour, `x` (a, b_c), ünïcödé naïve field.",
                "Users can create " + "verylongnoun".repeat(20) + " records with fields: title, body.");
        SchemaModel m = new SchemaDesigner().design("evil", reqs);
        for (Table t : m.tables()) {
            assertThat(t.name()).matches("[a-z][a-z0-9_]*").hasSizeLessThanOrEqualTo(63);
            t.columns().forEach(c -> assertThat(c.name()).matches("[a-z][a-z0-9_]*").hasSizeLessThanOrEqualTo(63));
        }
    }

    @Test
    void noRequirementsGiveAValidModelWithADiagnostic() {
        SchemaModel m = new SchemaDesigner().design("empty", List.of());
        assertThat(m.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo("no-entities"));
        assertThat(m.tables()).allSatisfy(t -> assertThat(t.primaryKey()).isNotEmpty());
    }
}
