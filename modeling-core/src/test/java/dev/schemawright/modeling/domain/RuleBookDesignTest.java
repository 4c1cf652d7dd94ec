package dev.schemawright.modeling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.modeling.Models;
import dev.schemawright.modeling.SchemaDesigner;
import org.junit.jupiter.api.Test;

/** Designs read by the rule book: each case one reading rule of the domain passes, with its sentence. */
class RuleBookDesignTest {
    @Test
    void aTwoLineBriefNamesTablesItsFewNounsAreLikelierData() {
        // the prior shift: in a document of a few nouns, a thing users manage passes without a long PRD's repetition
        SchemaModel m = design("Users can create, edit and delete books.", "Each book has a title, an author and total pages.");
        assertThat(m.table("books")).isPresent();
        assertThat(m.table("books").orElseThrow().columns()).extracting(Column::name).contains("title", "author", "total_pages");
        assertThat(EvidenceWeights.priorShift(3)).isGreaterThan(2.0);
        assertThat(EvidenceWeights.priorShift(EvidenceWeights.REFERENCE_NOUNS * 2)).isZero();
    }

    @Test
    void labelsThingsAreOrganizedByAreTablesJoinedManyToMany() {
        SchemaModel m = design("Users can create, edit and delete notes.", "Users can organize notes with labels.");
        assertThat(m.table("labels")).isPresent();
        assertThat(m.table("note_labels").orElseThrow().kind()).isEqualTo(TableKind.JOIN);
    }

    @Test
    void aFlagIsABooleanNamedAsAQuestionAndAUniqueQualifierIsKept() {
        Table warehouses = design("Operators create and manage warehouses.",
                "Each warehouse has a name, unique code, address, postal code, capacity, and active flag.").table("warehouses").orElseThrow();
        assertThat(warehouses.columns()).extracting(Column::name).contains("name", "code", "postal_code", "is_active").doesNotContain("active_flag");
        assertThat(warehouses.uniques()).anySatisfy(u -> assertThat(u.columns()).containsExactly("code"));
    }

    @Test
    void aWrittenThingHoldsItsText() {
        Table comments = design("Users can create, edit and delete posts with a title and a body.",
                "Users can create, edit and delete comments on posts.").table("comments").orElseThrow();
        assertThat(comments.columns()).extracting(Column::name).contains("content");
        assertThat(comments.column("content").orElseThrow().nullable()).isFalse();
    }

    @Test
    void fieldsOfTheThingAddedAreItsOwnNotTheTargets() {
        SchemaModel m = design("Users can create, edit and delete decks.", "Each deck contains many cards.",
                "Users can add cards to a deck with a question, an answer and a hint.");
        assertThat(m.table("cards").orElseThrow().columns()).extracting(Column::name).contains("question", "answer", "hint");
        assertThat(m.table("decks").orElseThrow().columns()).extracting(Column::name).doesNotContain("question", "answer");
    }

    @Test
    void aListedWordTheTaggerCallsAnAdverbIsStillAnItem() {
        // "back" is tagged ADV here: between list glue it is the list's item, not a qualifier of the next one
        SchemaModel m = design("Users can create, edit and delete decks.", "Each deck contains many cards.",
                "Users can add cards to a deck with front, back and difficulty.");
        assertThat(m.table("cards").orElseThrow().columns()).extracting(Column::name).contains("front", "back", "difficulty");
    }

    @Test
    void anOwnerlessEmailInASignUpStoryIsTheAccountsNotTheFirstTables() {
        SchemaModel m = design("Users can create, edit and delete recipes with a title and steps.",
                "Users sign up with email and password before they save recipes.");
        assertThat(m.table("recipes").orElseThrow().columns()).extracting(Column::name).doesNotContain("email", "password");
    }

    @Test
    void aColumnNamesOneValue() {
        assertThat(Fields.isColumnName("preparation_time_minutes")).isTrue();
        assertThat(Fields.isColumnName("notes")).isTrue();
        assertThat(Fields.isColumnName("total_pages")).isTrue();
        assertThat(Fields.isColumnName("ingredients")).as("a list 1NF makes rows of").isTrue();
        assertThat(Fields.isColumnName("natural_language_questions")).as("a long plural describes a feature").isFalse();
        assertThat(Fields.isColumnName("get_answers")).isFalse();
        assertThat(Fields.isColumnName("enforces_password_minimum_length")).isFalse();
        assertThat(Fields.isColumnName("cancel_creation")).isFalse();
        assertThat(Fields.isColumnName("starts_at")).as("a time column named by its verb").isTrue();
        assertThat(Fields.isColumnName("expires_on")).isTrue();
        assertThat(Fields.isColumnName("sort_order")).as("a verb-looking modifier of an attribute").isTrue();
        assertThat(Fields.columnName("active_flag")).isEqualTo("is_active");
    }

    @Test
    void aPossessiveFieldInAListNamesOneColumnOfTheSubject() {
        // "the customer's phone": a column of the booking (customer_phone), not a link from phones to customers
        SchemaModel m = design("Staff can create, edit and cancel bookings.",
                "A booking records the customer's phone, the party size and its seating status (waiting, seated, gone).");
        Table bookings = m.table("bookings").orElseThrow();
        assertThat(bookings.columns()).extracting(Column::name).contains("customer_phone", "party_size", "seating_status");
        assertThat(m.table("customers")).isEmpty();
        assertThat(m.enums()).anySatisfy(e -> assertThat(e.values()).containsExactly("waiting", "seated", "gone"));
    }

    @Test
    void aThingTheProseEditsIsNoLogWhateverItsName() {
        SchemaModel m = design("Hosts can create, edit and cancel events.", "Each event has a title, a venue name and a start time.",
                "The app keeps an audit log of sign-ins.");
        assertThat(m.table("events").orElseThrow().kind()).isEqualTo(TableKind.ENTITY);
    }

    @Test
    void anAttributeHeadedCompoundAtALinkEndIsAThing() {
        // "belongs to a room type": rows of room types, not the type of a room
        SchemaModel m = design("Managers can create, edit and delete rooms.", "The hotel offers several room types, each with a name, a bed count and a nightly price.",
                "Each room belongs to a room type and has a unique number.");
        Table rooms = m.table("rooms").orElseThrow();
        assertThat(rooms.uniques()).anySatisfy(u -> assertThat(u.columns()).containsExactly("number"));
    }

    @Test
    void aUnitStaysInTheNameAndPluralAttributesOfListedThingsAreOneValueEach() {
        SchemaModel m = design("Mechanics can create, edit and delete repairs.",
                "Each repair has a title, labor time in hours, a cost and a list of parts with quantities and prices.");
        assertThat(m.table("repairs").orElseThrow().columns()).extracting(Column::name).contains("title", "labor_time_hours", "cost");
        assertThat(m.table("parts").orElseThrow().columns()).extracting(Column::name).contains("repair_id", "quantity", "price")
                .doesNotContain("quantities", "prices");
        assertThat(Fields.columnName("quantities")).isEqualTo("quantity");
        assertThat(Fields.columnName("notes")).as("no attribute word: a text of notes").isEqualTo("notes");
    }

    private static SchemaModel design(String... lines) {
        return new SchemaDesigner().design("p", Models.lines("prd.md", DocumentRole.PRD, lines));
    }
}
