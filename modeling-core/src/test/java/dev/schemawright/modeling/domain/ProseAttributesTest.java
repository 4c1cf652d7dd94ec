package dev.schemawright.modeling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.requirement.RequirementKind;
import dev.schemawright.contracts.requirement.Source;
import dev.schemawright.modeling.Models;
import dev.schemawright.modeling.SchemaDesigner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Columns read from the way PRDs list fields in prose. */
class ProseAttributesTest {

    @Test
    void listsKeepTheirQualifiersAndNameFlagsAsBooleans() {
        Table warehouses = design(
                "Warehouse registration via /api/v1/warehouses covering name, unique code, address, postal code, capacity, and active flag.",
                "Operators create and manage warehouses.")
                .table("warehouses").orElseThrow(() -> new AssertionError("no warehouses"));
        assertThat(warehouses.columns()).extracting(Column::name).contains("name", "code", "address", "postal_code", "capacity", "is_active");
        assertThat(warehouses.column("is_active").orElseThrow().type().kind()).isEqualTo(TypeKind.BOOLEAN);
        assertThat(warehouses.uniques()).extracting(UniqueConstraint::columns).contains(List.of("code"));
    }

    @Test
    void wordsThatNameNoFieldAreNotColumns() {
        Table prompts = design("Users create, edit and delete prompts.",
                "The app provides a centralized, private prompt library with parameterization, categorization, and quick search capabilities.",
                "Each prompt has a name, description and content.")
                .table("prompts").orElseThrow();
        assertThat(prompts.columns()).extracting(Column::name).contains("name", "description", "content")
                .doesNotContain("centralized", "categorization", "quick_search_capabilities");
    }

    @Test
    void anAbbreviationDoesNotEndTheListAndAGerundModifierStaysInTheName() {
        Table books = design("Users add, edit and delete books.",
                "Books track reading status (e.g., want to read / reading / completed) and current page.")
                .table("books").orElseThrow();
        assertThat(books.columns()).extracting(Column::name).contains("reading_status", "current_page");
    }

    @Test
    void aFormOfAnEntryIsTheFormOfItsThing() {
        SchemaModel m = design("Operators can create, edit and delete warehouses.", "Operators can create, edit and delete stock entries.",
                "The stock entry form has warehouse, quantity, and notes.");
        assertThat(m.table("stocks").orElseThrow().columns()).extracting(Column::name).contains("quantity", "notes").doesNotContain("warehouse");
        assertThat(m.table("stocks").orElseThrow().foreignKeys()).anySatisfy(fk -> assertThat(fk.refTable()).isEqualTo("warehouses"));
    }

    @Test
    void criteriaThatNameNoEntityBelongToTheirStory() {
        List<Requirement> reqs = new ArrayList<>(Models.lines("prd.md", DocumentRole.PRD, "Users can create, edit and delete books."));
        Map<String, String> story = Map.of("storyId", "US-005", "title", "Add a book");
        reqs.add(new Requirement("prd.md#US-005", RequirementKind.USER_STORY, "As a reader, I want to add a book to my shelf.",
                new Source("prd.md", DocumentRole.PRD, List.of("Stories"), 5, 5), null, story));
        reqs.add(new Requirement("prd.md#L6", RequirementKind.ACCEPTANCE_CRITERION, "User can enter Title, Author, and Total Pages.",
                new Source("prd.md", DocumentRole.PRD, List.of("Stories"), 6, 6), null, Map.of("storyId", "US-005")));
        Table books = new SchemaDesigner().design("p", reqs).table("books").orElseThrow();
        assertThat(books.columns()).extracting(Column::name).contains("title", "author", "total_pages");
    }

    @Test
    void aListOfThingsWithFieldsIsATableAndUnitsStayInTheName() {
        SchemaModel m = design("Users can create, edit and delete recipes.",
                "Each recipe has a title, preparation time in minutes and a list of steps with instructions and durations.");
        assertThat(m.table("recipes").orElseThrow().columns()).extracting(Column::name).contains("title", "preparation_time_minutes")
                .doesNotContain("steps", "durations");
        assertThat(m.table("steps").orElseThrow().columns()).extracting(Column::name).contains("recipe_id", "name", "instruction", "duration");
    }

    @Test
    void labelsThingsAreOrganizedByAreTables() {
        SchemaModel m = design("Users can create, edit and delete notes.", "Users can organize notes with labels.");
        assertThat(m.table("labels")).isPresent();
        assertThat(m.table("note_labels").orElseThrow().kind()).isEqualTo(dev.schemawright.contracts.model.TableKind.JOIN);
    }

    @Test
    void aClauseAfterASemicolonHasItsOwnSubjectAndAnOptionalFieldIsNoOptionalLink() {
        SchemaModel m = design("Students create, edit and delete courses. A course has a name, a color and an exam date.",
                "Each course contains decks; a deck has a title and an optional description.",
                "Deleted courses can be restored within 14 days.");
        Table decks = m.table("decks").orElseThrow();
        assertThat(decks.columns()).extracting(Column::name).contains("title", "description", "course_id", "deleted_at");
        assertThat(decks.column("description").orElseThrow().nullable()).isTrue();
        assertThat(decks.column("course_id").orElseThrow().nullable()).isFalse();
        assertThat(m.table("courses").orElseThrow().columns()).extracting(Column::name).doesNotContain("title", "description");
        assertThat(decks.foreignKeys()).anySatisfy(fk -> {
            assertThat(fk.refTable()).isEqualTo("courses");
            assertThat(fk.onDelete()).isEqualTo(dev.schemawright.contracts.model.FkAction.CASCADE);
        });
    }

    private static SchemaModel design(String... lines) {
        return new SchemaDesigner().design("p", Models.lines("prd.md", DocumentRole.PRD, lines));
    }
}
