package dev.schemawright.modeling.physical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexCondition;
import dev.schemawright.contracts.model.IndexMethod;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.requirement.RequirementKind;
import dev.schemawright.contracts.requirement.Source;
import dev.schemawright.modeling.DesignIdempotenceTest;
import dev.schemawright.modeling.Models;
import dev.schemawright.modeling.SchemaDesigner;
import dev.schemawright.modeling.domain.KeyStatementReader;
import dev.schemawright.modeling.domain.KeyStatementReader.StatedKey;
import dev.schemawright.modeling.intake.StatementReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keys and indexes the documents state, and the uniqueness rules prose states. */
class StatedKeysPassTest {

    @Test
    void readsKeysStatedAsSqlPrismaAndPlanLines() {
        List<Requirement> reqs = new ArrayList<>();
        reqs.add(code("notes.md#L1", "sql", """
                CREATE TABLE ingredients (
                  id uuid PRIMARY KEY,
                  recipe_id uuid NOT NULL REFERENCES recipes(id),
                  sort_order int NOT NULL,
                  UNIQUE (recipe_id, sort_order)
                );
                CREATE UNIQUE INDEX sessions_one_open ON public.sessions USING btree (user_id) WHERE is_completed = false;
                CREATE INDEX recipes_title_lower ON recipes (lower(title));
                CREATE INDEX trips_recent ON trips (user_id, created_at DESC) WHERE a = 1 AND b = 2;
                CREATE INDEX places_name_trgm ON places USING gin (name gin_trgm_ops);"""));
        reqs.add(code("notes.md#L20", "prisma", """
                model UserCard {
                  id      String @id
                  userId  String
                  cardId  String
                  @@unique([userId, cardId])
                }"""));
        reqs.add(line("notes.md#L30", "**Composite Unique Constraint**: Use composite unique constraint on `(user_id, card_id, variant)` in `user_cards`"));
        reqs.add(line("notes.md#L31", "Unique partial index on sessions: `(user_id) WHERE status = 'active'`"));
        reqs.add(line("notes.md#L32", "Unique constraint on user_id + deck_id enforced"));
        reqs.add(line("notes.md#L33", "Users can search recipes by title."));

        List<StatedKey> keys = KeyStatementReader.read(new StatementReader().read(reqs));
        assertThat(keys).extracting(k -> k.table() + " " + k.columns().stream().map(c -> c.name() + (c.descending() ? " desc" : "")).toList()
                        + (k.unique() ? " unique" : "") + (k.method() == IndexMethod.BTREE ? "" : " " + k.method())
                        + (k.condition() == null ? "" : " where " + k.condition().describe()))
                .containsExactly(
                        "ingredient [recipe_id, sort_order] unique",
                        "session [user_id] unique where is_completed is false",
                        "place [name] TRIGRAM",
                        "user_card [user_id, card_id] unique",
                        "user_card [user_id, card_id, variant] unique",
                        "session [user_id] unique where status = 'active'",
                        "null [user_id, deck_id] unique");
    }

    @Test
    void aTableLevelUniqueInPlannedSqlBecomesAConstraint() {
        SchemaModel m = new SchemaDesigner().design("p", List.of(code("notes.md#L1", "sql", """
                CREATE TABLE recipes (
                  id uuid PRIMARY KEY,
                  user_id uuid NOT NULL REFERENCES auth.users(id),
                  title text NOT NULL
                );
                CREATE TABLE steps (
                  id uuid PRIMARY KEY,
                  recipe_id uuid NOT NULL REFERENCES recipes(id) ON DELETE CASCADE,
                  step_number int NOT NULL,
                  body text NOT NULL,
                  UNIQUE (recipe_id, step_number)
                );""")));
        Table steps = m.table("steps").orElseThrow();
        assertThat(steps.uniques()).extracting(UniqueConstraint::columns).contains(List.of("recipe_id", "step_number"));
        // the key leads with recipe_id, so the foreign key needs no index of its own
        assertThat(steps.indexes()).noneMatch(ix -> ix.columnNames().equals(List.of("recipe_id")));
    }

    @Test
    void uniquePerOwnerScopesTheKeyToTheOwner() {
        SchemaModel m = design("Users create, edit and delete tags.", "Each tag has a name and a color.",
                "Tag names must be unique for each user.");
        Table tags = m.table("tags").orElseThrow();
        assertThat(tags.uniques()).extracting(UniqueConstraint::columns).contains(List.of("user_id", "name")).doesNotContain(List.of("name"));
        assertThat(m.decisions()).anySatisfy(d -> assertThat(d.choice()).startsWith("UNIQUE (user_id, name)"));
    }

    @Test
    void oneDefaultPerOwnerAddsTheFlagAndAPartialUniqueIndex() {
        SchemaModel m = design("Users create, edit and delete addresses.", "Each address has a street, city and postal code.",
                "A user can have only one default address.");
        Table addresses = m.table("addresses").orElseThrow();
        assertThat(addresses.column("is_default").orElseThrow().type().kind()).isEqualTo(TypeKind.BOOLEAN);
        Index one = addresses.indexes().stream().filter(Index::unique).findFirst().orElseThrow();
        assertThat(one.columnNames()).containsExactly("user_id");
        assertThat(one.condition()).isEqualTo(IndexCondition.isTrue("is_default"));
        // the foreign key keeps a full index: a partial one cannot serve joins or ON DELETE checks
        assertThat(addresses.indexes()).anyMatch(ix -> !ix.partial() && ix.columnNames().equals(List.of("user_id")));
    }

    @Test
    void oneActiveAtATimeReadsTheStateFromTheTablesColumns() {
        List<Requirement> reqs = new ArrayList<>(Models.lines("prd.md", DocumentRole.PRD, "Users start, pause and finish practice sessions.",
                "Users can have only one active (incomplete) session at a time."));
        reqs.add(line("notes.md#L5", "`sessions` (id, user_id → users.id, topic text, score integer, is_completed boolean, completed_at timestamptz)"));
        SchemaModel m = new SchemaDesigner().design("p", reqs);
        Table sessions = m.table("sessions").orElseThrow();
        Index one = sessions.indexes().stream().filter(Index::unique).findFirst().orElseThrow();
        assertThat(one.columnNames()).containsExactly("user_id");
        assertThat(one.condition()).isEqualTo(IndexCondition.isFalse("is_completed"));
        assertThat(sessions.hasColumn("is_active")).isFalse();
    }

    @Test
    void aViewOfTheRowsInOneStateGetsAPartialIndex() {
        List<Requirement> reqs = new ArrayList<>(Models.lines("prd.md", DocumentRole.PRD, "Users create, edit and delete subscriptions.",
                "Each subscription has a name, a price and an active flag.", "Users see only their active subscriptions on the dashboard.",
                "The billing page lists unpaid invoices."));
        reqs.add(line("notes.md#L5", "`invoices` (id, user_id → users.id, number text, amount numeric, paid_at timestamptz)"));
        SchemaModel m = new SchemaDesigner().design("p", reqs);
        Index active = m.table("subscriptions").orElseThrow().indexes().stream().filter(ix -> ix.condition() != null).findFirst().orElseThrow();
        assertThat(active.unique()).isFalse();
        assertThat(active.columnNames()).containsExactly("user_id");
        assertThat(active.condition()).isEqualTo(IndexCondition.isTrue("is_active"));
        Index unpaid = m.table("invoices").orElseThrow().indexes().stream().filter(ix -> ix.condition() != null).findFirst().orElseThrow();
        assertThat(unpaid.columnNames()).containsExactly("user_id");
        assertThat(unpaid.condition()).isEqualTo(IndexCondition.isNull("paid_at"));
    }

    @Test
    void aKeyOverColumnsTheTableLacksIsNotGuessed() {
        SchemaModel m = design("Users create, edit and delete tags.", "Each tag has a name.",
                "UNIQUE (owner_ref, label) keeps labels apart.");
        assertThat(m.table("tags").orElseThrow().uniques()).noneMatch(u -> u.columns().contains("label"));
    }

    @Test
    void everyPassStaysIdempotentWithStatedKeys() {
        List<Requirement> reqs = new ArrayList<>(Models.lines("prd.md", DocumentRole.PRD, "Users create, edit and delete addresses.",
                "Each address has a street and city.", "A user can have only one default address.", "Street names are unique per user.",
                "Users can have only one active session at a time.", "Each session has a topic and a completed at timestamp."));
        reqs.add(line("notes.md#L40", "Unique partial index on sessions: `(user_id) WHERE completed_at IS NULL`"));
        DesignIdempotenceTest.assertEveryPassIdempotentAndTheDesignDeterministic("p", reqs);
    }

    private static SchemaModel design(String... lines) {
        return new SchemaDesigner().design("p", Models.lines("prd.md", DocumentRole.PRD, lines));
    }

    private static Requirement code(String id, String language, String text) {
        int line = Integer.parseInt(id.substring(id.indexOf('L') + 1));
        return new Requirement(id, RequirementKind.CONTEXT, text.stripTrailing(),
                new Source("notes.md", DocumentRole.PLANNING_NOTES, List.of("Schema"), line, line + (int) text.lines().count()), null,
                Map.of("code", language));
    }

    private static Requirement line(String id, String text) {
        int line = Integer.parseInt(id.substring(id.indexOf('L') + 1));
        return new Requirement(id, RequirementKind.PLANNING_DECISION, text, new Source("notes.md", DocumentRole.PLANNING_NOTES, List.of("Indexes"),
                line, line), null, Map.of());
    }
}
