package dev.schemawright.modeling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
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

/** A plan that states its schema decides the tables; prose only adds what it insists on. */
class PlanAuthorityTest {
    private static final String PLAN = """
            CREATE TABLE decks (id uuid PRIMARY KEY, user_id uuid REFERENCES auth.users(id), name text NOT NULL, tags text[]);
            CREATE TABLE cards (id uuid PRIMARY KEY, deck_id uuid REFERENCES decks(id), front text NOT NULL, back text NOT NULL);
            CREATE TABLE reviews (id uuid PRIMARY KEY, card_id uuid REFERENCES cards(id), grade integer, reviewed_at timestamptz);
            """;

    @Test
    void aDetailedPlanKeepsProseNounsOutUnlessTheyAreTalkedAboutAsMuch() {
        SchemaModel m = design(
                "Users can create, edit and delete decks.",
                "Users can create, edit and delete cards in a deck.",
                "Users review cards and the app schedules the next review.",
                "Users can tag decks with tags to find them later.",
                "A dashboard shows streaks and the daily goal; users can create goals.");
        assertThat(m.tables()).extracting(Table::name).contains("decks", "cards", "reviews").doesNotContain("goals", "tags", "deck_tags");
        assertThat(m.table("decks").orElseThrow().columns()).extracting(Column::name).contains("tags");
    }

    @Test
    void aLabelTableHasAName() {
        SchemaModel m = new SchemaDesigner().design("p", Models.lines("prd.md", DocumentRole.PRD,
                "Users can create, edit and delete notes.",
                "Users can assign categories to notes; a note can have multiple categories.",
                "Users can create, rename and delete categories."));
        assertThat(m.table("categories").orElseThrow().columns()).extracting(Column::name).contains("name");
    }

    private static SchemaModel design(String... prose) {
        List<Requirement> reqs = new ArrayList<>(Models.lines("prd.md", DocumentRole.PRD, prose));
        reqs.addAll(Models.lines("tech-stack.md", DocumentRole.TECH_STACK, "Backend: Supabase (PostgreSQL, Supabase Auth)"));
        reqs.add(new Requirement("db-planning-notes.md#L2", RequirementKind.CONTEXT, PLAN.strip(),
                new Source("db-planning-notes.md", DocumentRole.PLANNING_NOTES, List.of("Schema"), 2, 5), null, Map.of("code", "sql")));
        return new SchemaDesigner().design("p", reqs);
    }
}
