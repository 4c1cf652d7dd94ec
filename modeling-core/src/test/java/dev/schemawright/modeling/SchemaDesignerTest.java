package dev.schemawright.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Column;
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
