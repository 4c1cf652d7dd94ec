package dev.schemawright.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.IndexCondition;
import dev.schemawright.contracts.model.IndexPredicate;
import dev.schemawright.contracts.model.KeyStrategy;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.modeling.eval.DevCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * corpus/examples: small projects written for this test suite (not from the dev corpus), one per way a team states its
 * schema — prose only, a Mermaid ER diagram in the PRD, "| Column | Type |" tables in planning notes, Prisma models in a
 * stack note, a multi-tenant PRD. Each test asserts what a data architect would put in the design.
 */
class ExampleProjectsTest {
    private static Map<String, SchemaModel> designs;

    @BeforeAll
    static void design() throws IOException {
        SchemaDesigner designer = new SchemaDesigner();
        designs = DevCorpus.projects(Path.of("../corpus/examples")).stream()
                .collect(Collectors.toMap(DevCorpus.Project::id, p -> designer.design(p.id(), p.requirements())));
    }

    @Test
    void proseOnlyTicketing() {
        SchemaModel m = designs.get("event-ticketing");
        assertThat(m.stack().auth()).isEqualTo(AuthProvider.APPLICATION);
        assertThat(names(m)).contains("users", "venues", "events", "orders", "ticket_types", "tickets");
        assertThat(columns(m, "events")).contains("title", "description", "starts_at", "ends_at", "status");
        assertThat(columns(m, "orders")).contains("buyer_email", "total_amount", "payment_status");
        assertThat(m.table("orders").orElseThrow().column("total_amount").orElseThrow().type().kind().name()).isEqualTo("NUMERIC");
        assertThat(columns(m, "ticket_types")).contains("name", "price");
        assertThat(fk(m, "events", "venues")).isNotNull();
        assertThat(fk(m, "tickets", "orders").onDelete()).isEqualTo(FkAction.CASCADE);
        assertThat(fk(m, "tickets", "ticket_types")).isNotNull();
        assertThat(m.table("tickets").orElseThrow().uniques()).anySatisfy(u -> assertThat(u.columns()).containsExactly("code"));
        assertThat(m.enums()).anySatisfy(e -> assertThat(e.values()).containsExactly("draft", "published", "cancelled"));
        assertThat(names(m)).noneMatch(n -> n.contains("seat") || n.contains("discount"));
    }

    @Test
    void mermaidDiagramClinic() {
        SchemaModel m = designs.get("clinic-booking");
        assertThat(m.stack().auth()).isEqualTo(AuthProvider.SUPABASE);
        assertThat(names(m)).contains("patients", "doctors", "specialties", "appointments", "visit_notes", "doctor_specialties");
        assertThat(m.table("doctor_specialties").orElseThrow().kind()).isEqualTo(TableKind.JOIN);
        assertThat(columns(m, "appointments")).contains("patient_id", "doctor_id", "starts_at", "status");
        assertThat(fk(m, "appointments", "patients")).isNotNull();
        assertThat(fk(m, "visit_notes", "appointments")).isNotNull();
        assertThat(m.enums()).anySatisfy(e -> assertThat(e.values()).containsExactly("booked", "cancelled", "completed"));
        assertThat(m.table("doctors").orElseThrow().uniques()).anySatisfy(u -> assertThat(u.columns()).containsExactly("license_number"));
        // "only one booked appointment per doctor": unique over the patient and doctor, for booked rows only
        assertThat(m.table("appointments").orElseThrow().indexes()).anySatisfy(ix -> {
            assertThat(ix.unique()).isTrue();
            assertThat(ix.columnNames()).containsExactly("patient_id", "doctor_id");
            assertThat(ix.condition()).isEqualTo(IndexCondition.equalTo("status", "booked"));
        });
    }

    @Test
    void columnTablesFleet() {
        SchemaModel m = designs.get("fleet-maintenance");
        assertThat(m.stack().keys()).isEqualTo(KeyStrategy.IDENTITY);
        assertThat(names(m)).contains("vehicles", "services", "service_parts");
        assertThat(columns(m, "vehicles")).contains("plate_number", "model", "year", "odometer_km");
        assertThat(m.table("vehicles").orElseThrow().column("plate_number").orElseThrow().type().length()).isEqualTo(15);
        assertThat(fk(m, "services", "vehicles")).isNotNull();
        assertThat(fk(m, "service_parts", "services")).isNotNull();
        // keys are bigint identity, and the keys that point at them follow
        assertThat(m.table("service_parts").orElseThrow().column("service_id").orElseThrow().type().kind().name()).isEqualTo("BIGINT");
        assertThat(m.enums()).anySatisfy(e -> assertThat(e.values()).containsExactly("scheduled", "in_progress", "done"));
    }

    @Test
    void prismaInAStackNoteBookClub() {
        SchemaModel m = designs.get("book-club");
        assertThat(names(m)).contains("clubs", "books", "meetings", "votes", "comments", "club_members");
        assertThat(columns(m, "clubs")).contains("name");
        assertThat(m.table("clubs").orElseThrow().column("name").orElseThrow().type().length()).isEqualTo(80);
        assertThat(fk(m, "meetings", "clubs").onDelete()).isEqualTo(FkAction.CASCADE); // onDelete: Cascade in the Prisma model
        assertThat(fk(m, "votes", "books")).isNotNull();
        assertThat(m.table("votes").orElseThrow().uniques()).anySatisfy(u -> assertThat(u.columns()).containsExactly("user_id", "book_id")); // "once per book"
        assertThat(fk(m, "comments", "meetings")).isNotNull();
        assertThat(names(m)).noneMatch(n -> n.contains("purchase") || n.contains("buy"));
    }

    @Test
    void aRowNamesItsReaderMusicLessons() {
        SchemaModel m = designs.get("music-lessons");
        Table notes = m.table("lesson_notes").orElseThrow();
        // the teacher owns a note, the student it names reads it; only the teacher changes it
        assertThat(notes.policies()).filteredOn(p -> p.command() == dev.schemawright.contracts.model.PolicyCommand.SELECT).singleElement()
                .satisfies(p -> {
                    assertThat(p.rule().column()).isEqualTo("teacher_id");
                    assertThat(p.rule().orOwnerColumn()).isEqualTo("student_id");
                });
        assertThat(notes.policies()).filteredOn(p -> p.command() != dev.schemawright.contracts.model.PolicyCommand.SELECT)
                .allSatisfy(p -> assertThat(p.rule().orOwnerColumn()).isNull());
        assertThat(notes.description()).isEqualTo("A lesson note is a teacher's summary of one lesson for one student.");
        assertThat(m.decisions()).extracting(d -> d.id()).contains("decision-access-recipients");
        // the shared catalog: every signed-in user reads it, the service role writes it
        assertThat(m.table("pieces").orElseThrow().policies()).extracting(p -> p.rule().kind().name())
                .containsExactly("AUTHENTICATED", "DENY", "DENY", "DENY");
        assertThat(m.notes()).filteredOn(n -> n.kind() == dev.schemawright.contracts.model.DesignNote.Kind.OUT_OF_SCOPE)
                .extracting(n -> n.text()).contains("Billing and lesson payments.");
    }

    @Test
    void multiTenantWiki() {
        SchemaModel m = designs.get("team-wiki");
        assertThat(names(m)).contains("workspaces", "workspace_members", "pages", "folders", "labels", "page_labels")
                .doesNotContain("carries");
        assertThat(columns(m, "pages")).contains("title", "slug", "content", "deleted_at");
        assertThat(fk(m, "pages", "folders").onDelete()).isEqualTo(FkAction.SET_NULL); // "at most one folder"
        // "a slug (unique within the workspace)", among pages not in the trash
        assertThat(m.table("pages").orElseThrow().indexes()).anySatisfy(ix -> {
            assertThat(ix.unique()).isTrue();
            assertThat(ix.columnNames()).containsExactly("workspace_id", "slug");
            assertThat(ix.where()).isEqualTo(IndexPredicate.NOT_DELETED);
        });
        assertThat(m.table("pages").orElseThrow().indexes()).noneMatch(ix -> ix.unique() && ix.columnNames().equals(List.of("slug")));
        assertThat(m.table("page_labels").orElseThrow().kind()).isEqualTo(TableKind.JOIN);
        assertThat(m.tables()).allSatisfy(t -> assertThat(t.rlsEnabled()).as(t.name()).isTrue());
    }

    @Test
    void typeScriptTypesPlantCare() {
        SchemaModel m = designs.get("plant-care");
        assertThat(names(m)).contains("rooms", "plants", "care_tasks", "plant_photos", "care_log_entries")
                .doesNotContain("plant_details_responses", "plant_card_props");
        assertThat(columns(m, "plants")).contains("room_id", "nickname", "species", "acquired_on");
        assertThat(m.table("plants").orElseThrow().column("acquired_on").orElseThrow().type().kind()).isEqualTo(TypeKind.DATE);
        assertThat(fk(m, "plants", "rooms").onDelete()).isEqualTo(FkAction.SET_NULL); // roomId: string | null
        assertThat(fk(m, "care_tasks", "plants").onDelete()).isEqualTo(FkAction.CASCADE); // tasks: CareTask[] on Plant
        assertThat(fk(m, "care_log_entries", "care_tasks")).isNotNull(); // taskId names the one type ending in Task
        assertThat(m.enums()).anySatisfy(e -> assertThat(e.values()).containsExactly("watering", "fertilizing", "repotting"));
        // "only one default room": the flag the types declare, unique per user where it is set
        assertThat(m.table("rooms").orElseThrow().indexes()).anySatisfy(ix -> {
            assertThat(ix.unique()).isTrue();
            assertThat(ix.columnNames()).containsExactly("user_id");
            assertThat(ix.condition()).isEqualTo(IndexCondition.isTrue("is_default"));
        });
    }

    @Test
    void entityTableGymLog() {
        SchemaModel m = designs.get("gym-log");
        assertThat(names(m)).contains("members", "workouts", "exercises", "exercise_sets", "training_plans", "training_plan_exercises");
        assertThat(columns(m, "workouts")).contains("performed_at", "duration_minutes", "notes", "member_id");
        assertThat(m.table("exercise_sets").orElseThrow().column("weight_kg").orElseThrow().type().kind()).isEqualTo(TypeKind.NUMERIC);
        assertThat(m.table("exercise_sets").orElseThrow().column("reps").orElseThrow().type().kind()).isEqualTo(TypeKind.INTEGER);
        assertThat(fk(m, "exercise_sets", "workouts").onDelete()).isEqualTo(FkAction.CASCADE); // "contains exercise sets"
        assertThat(fk(m, "exercise_sets", "exercises").onDelete()).isEqualTo(FkAction.RESTRICT); // exercises are "used in many"
        assertThat(fk(m, "workouts", "members").onDelete()).isEqualTo(FkAction.CASCADE); // "belongs to a member"
        assertThat(m.table("training_plan_exercises").orElseThrow().kind()).isEqualTo(TableKind.JOIN); // "includes many exercises"
        assertThat(m.enums()).anySatisfy(e -> assertThat(e.values()).containsExactly("basic", "plus", "pro"));
        assertThat(m.table("exercises").orElseThrow().uniques()).anySatisfy(u -> assertThat(u.columns()).containsExactly("name"));
    }

    @Test
    void plainBulletsCommunityGarden() {
        SchemaModel m = designs.get("community-garden");
        assertThat(names(m)).contains("gardens", "plots", "tools", "bookings");
        assertThat(columns(m, "gardens")).contains("name", "address", "opening_hours");
        assertThat(columns(m, "plots")).contains("number", "size_m2", "status", "garden_id");
        assertThat(m.table("plots").orElseThrow().column("size_m2").orElseThrow().type().kind()).isEqualTo(TypeKind.NUMERIC);
        assertThat(fk(m, "plots", "gardens").onDelete()).isEqualTo(FkAction.CASCADE); // "belongs to a garden"
        // "number (unique within the garden)"
        assertThat(m.table("plots").orElseThrow().uniques()).anySatisfy(u -> assertThat(u.columns()).containsExactly("garden_id", "number"))
                .noneSatisfy(u -> assertThat(u.columns()).containsExactly("number"));
        assertThat(fk(m, "bookings", "tools")).isNotNull(); // "- tool" under Booking
        assertThat(m.table("bookings").orElseThrow().foreignKeys()).anySatisfy(fk -> {  // "- gardener": gardeners are the users
            assertThat(fk.columns()).containsExactly("gardener_id");
            assertThat(fk.refTable()).isEqualTo("users");
        });
        assertThat(m.enums()).anySatisfy(e -> assertThat(e.values()).containsExactly("free", "rented", "closed"))
                .anySatisfy(e -> assertThat(e.values()).containsExactly("good", "worn", "broken"));
    }

    @Test
    void proseOnlyMealPlanner() {
        SchemaModel m = designs.get("meal-planner");
        assertThat(names(m)).contains("recipes", "ingredients", "tags", "recipe_tags");
        assertThat(columns(m, "recipes")).contains("title", "description", "preparation_time_minutes", "servings");
        assertThat(columns(m, "ingredients")).contains("recipe_id", "name", "quantity", "unit"); // "a list of ingredients with quantities and units"
        assertThat(fk(m, "ingredients", "recipes").onDelete()).isEqualTo(FkAction.CASCADE);
        assertThat(m.table("recipe_tags").orElseThrow().kind()).isEqualTo(TableKind.JOIN); // "organize recipes with tags"
    }

    @Test
    void dbmlVolunteerShifts() {
        SchemaModel m = designs.get("volunteer-shifts");
        assertThat(names(m)).contains("locations", "shifts", "signups", "skills", "shift_skills");
        assertThat(m.table("locations").orElseThrow().column("name").orElseThrow().type().length()).isEqualTo(120);
        assertThat(m.table("shifts").orElseThrow().column("cancelled_at").orElseThrow().nullable()).isTrue();
        assertThat(fk(m, "signups", "shifts").onDelete()).isEqualTo(FkAction.CASCADE); // Ref: … [delete: cascade]
        assertThat(m.table("shift_skills").orElseThrow().kind()).isEqualTo(TableKind.JOIN); // Ref: shifts.id <> skills.id
        assertThat(m.enums()).anySatisfy(e -> assertThat(e.values()).containsExactly("signed_up", "withdrawn", "attended", "no_show"));
        assertThat(m.table("shifts").orElseThrow().indexes()).anySatisfy(ix -> assertThat(ix.columnNames()).containsExactly("location_id", "starts_at"));
        // "a volunteer can sign up once per shift"
        assertThat(m.table("signups").orElseThrow().uniques()).anySatisfy(u -> assertThat(u.columns()).containsExactly("user_id", "shift_id"));
    }

    private static List<String> names(SchemaModel m) {
        return m.tables().stream().map(Table::name).toList();
    }

    private static List<String> columns(SchemaModel m, String table) {
        return m.table(table).orElseThrow(() -> new AssertionError("no table " + table + " in " + names(m))).columns().stream()
                .map(Column::name).toList();
    }

    private static ForeignKey fk(SchemaModel m, String table, String target) {
        return m.table(table).orElseThrow(() -> new AssertionError("no table " + table + " in " + names(m))).foreignKeys().stream()
                .filter(f -> f.refTable().equals(target)).findFirst()
                .orElseThrow(() -> new AssertionError(table + " has no key to " + target));
    }

}
