package dev.schemawright.modeling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.modeling.Models;
import dev.schemawright.modeling.SchemaDesigner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One design per reading rule of the rule book's domain passes, each on a sentence written for it (no eval project's
 * words): what a data architect would make of that sentence.
 */
class GeneralReadingsTest {

    @Test
    void anAttributeCompoundWithFieldsAndLinksIsATableOfItsOwn() {
        SchemaModel m = prd("Hotels can create, edit and delete rooms.",
                "A hotel offers several room types, each with a name, a nightly price and a capacity.",
                "Each room belongs to a room type.");
        assertThat(columns(m, "room_types")).contains("name", "nightly_price", "capacity");
        assertThat(fk(m, "rooms", "room_types")).isNotNull();
    }

    @Test
    void aScreenOfAThingGivesTheThingItsFields() {
        SchemaModel m = prd("Guests can create, edit and cancel bookings.", "The booking form has a check-in date, a guest count and notes.");
        assertThat(columns(m, "bookings")).contains("check_in_date", "guest_count", "notes");
        assertThat(m.tables()).extracting(Table::name).noneMatch(n -> n.contains("form"));
    }

    @Test
    void aProcessNounNamesTheThingItWorksOnAndCoveringListsItsFields() {
        SchemaModel m = prd("Vendor registration through the partner portal covering company name, tax number and contact email.",
                "Buyers browse vendors and rate them.");
        assertThat(columns(m, "vendors")).contains("company_name", "tax_number", "contact_email");
        assertThat(m.tables()).extracting(Table::name).doesNotContain("vendor_registrations", "registrations");
    }

    @Test
    void aBaseFormAfterHasIsTheNounItHasAndASingularTableFieldIsAReference() {
        SchemaModel m = prd("Clerks can create, edit and delete customers.", "Clerks can create, edit and delete invoices.",
                "The invoice form has customer, amount, and due date.");
        Table invoices = m.table("invoices").orElseThrow();
        assertThat(invoices.columns()).extracting(Column::name).contains("amount", "due_date").doesNotContain("customer");
        assertThat(fk(m, "invoices", "customers").onDelete()).isEqualTo(FkAction.RESTRICT); // a customer in use stays
    }

    @Test
    void containingPluralsIsContainment() {
        SchemaModel m = prd("Photographers create, rename and delete albums.", "Each album contains photos; a photo has a caption and a taken date.");
        assertThat(fk(m, "photos", "albums").onDelete()).isEqualTo(FkAction.CASCADE);
    }

    @Test
    void atMostOneParentMakesTheLinkOptionalWhateverElseThePairIsCalled() {
        SchemaModel m = prd("Writers create, edit and delete drafts and folders.",
                "A folder contains many drafts and a draft belongs to at most one folder.");
        ForeignKey toFolder = fk(m, "drafts", "folders");
        assertThat(toFolder.onDelete()).isEqualTo(FkAction.SET_NULL);
        assertThat(m.table("drafts").orElseThrow().column(toFolder.columns().get(0)).orElseThrow().nullable()).isTrue();
    }

    @Test
    void whatUsersLeaveOnARowIsARowOfItsOwn() {
        SchemaModel m = prd("Cooks create, edit and delete dishes; each dish has a name and a description.",
                "Diners leave reviews on a dish.");
        assertThat(fk(m, "reviews", "dishes")).isNotNull();
    }

    @Test
    void labelsUsersPutOnTheirRowsAreTheirOwn() {
        SchemaModel m = prd("Readers save, edit and delete clippings.", "Readers can tag clippings with labels.");
        assertThat(columns(m, "labels")).contains("name", "user_id");
    }

    @Test
    void aFormatWordQualifiesAFieldWithoutNamingIt() {
        SchemaModel m = prd("Authors create, edit and delete essays.", "Each essay has a title and markdown content.");
        assertThat(columns(m, "essays")).contains("title", "content").doesNotContain("markdown_content");
    }

    @Test
    void kindsOfUserWhoSignInAreRolesNotTables() {
        SchemaModel m = prd("Coaches and athletes both sign in with their e-mail.", "Coaches write training plans for athletes.",
                "Coaches can edit and delete their training plans.");
        assertThat(m.tables()).extracting(Table::name).contains("training_plans").doesNotContain("coaches", "athletes");
    }

    @Test
    void definitionLinesRunTogetherInOneParagraphListThePlannedTables() {
        List<Requirement> reqs = new ArrayList<>(Models.lines("prd.md", DocumentRole.PRD, "Members book rooms."));
        reqs.addAll(Models.lines("db-planning-notes.md", DocumentRole.PLANNING_NOTES,
                "Key entities members: people with a card (name, email) room_bookings: who holds which room when (start, end) "
                        + "cleaning_slots: when a room is cleaned audit_entries: what changed, by whom"));
        SchemaModel m = new SchemaDesigner().design("p", reqs);
        assertThat(m.tables()).extracting(Table::name).contains("members", "room_bookings", "cleaning_slots", "audit_entries")
                .doesNotContain("cards", "people");
    }

    @Test
    void consecutiveDefinitionLinesWithoutColumnsStillListTables() {
        List<Requirement> reqs = new ArrayList<>(Models.lines("prd.md", DocumentRole.PRD, "Gardeners plan their beds."));
        reqs.addAll(Models.lines("db-planning-notes.md", DocumentRole.PLANNING_NOTES, "## Tables", "- beds: the raised beds of a garden",
                "- sowing_records: what was sown where, and when", "- harvest_logs: what a bed gave"));
        SchemaModel m = new SchemaDesigner().design("p", reqs);
        assertThat(m.tables()).extracting(Table::name).contains("beds", "sowing_records", "harvest_logs");
    }

    @Test
    void aColumnThatPointsElsewhereAlreadyKeepsItsKey() {
        List<Requirement> reqs = new ArrayList<>(Models.lines("prd.md", DocumentRole.PRD, "Tutors write session notes for a pupil.",
                "Pupils can read the session notes written for them."));
        reqs.addAll(Models.lines("db-planning-notes.md", DocumentRole.PLANNING_NOTES,
                "- `session_notes` (id, tutor_id uuid references users(id), pupil_id uuid references users(id), body text)"));
        SchemaModel m = new SchemaDesigner().design("p", reqs);
        Table notes = m.table("session_notes").orElseThrow();
        assertThat(notes.foreignKeys().stream().map(f -> f.columns()).distinct().count()).isEqualTo(notes.foreignKeys().size());
    }

    private static SchemaModel prd(String... lines) {
        return new SchemaDesigner().design("p", Models.lines("prd.md", DocumentRole.PRD, lines));
    }

    private static List<String> columns(SchemaModel m, String table) {
        return m.table(table).orElseThrow(() -> new AssertionError("no " + table + " in " + m.tables().stream().map(Table::name).toList()))
                .columns().stream().map(Column::name).toList();
    }

    private static ForeignKey fk(SchemaModel m, String child, String parent) {
        return m.table(child).orElseThrow(() -> new AssertionError("no " + child + " in " + m.tables().stream().map(Table::name).toList()))
                .foreignKeys().stream().filter(f -> f.refTable().equals(parent)).findFirst()
                .orElseThrow(() -> new AssertionError(child + " has no key to " + parent + ": " + m.table(child).orElseThrow().foreignKeys()));
    }
}
