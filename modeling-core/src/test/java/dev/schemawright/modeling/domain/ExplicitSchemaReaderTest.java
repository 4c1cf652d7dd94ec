package dev.schemawright.modeling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.requirement.RequirementKind;
import dev.schemawright.contracts.requirement.Source;
import dev.schemawright.modeling.Models;
import dev.schemawright.modeling.intake.StatementReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the explicit-schema reader takes from code blocks and plan lines, as a sketch of tables, columns and references. */
class ExplicitSchemaReaderTest {

    @Test
    void boxDiagramsSideBySideGiveTablesColumnsAndReferences() {
        Sketch s = read(code("", """
                ┌─────────────────┐     ┌─────────────────┐
                │     habits      │     │   habit_logs    │
                ├─────────────────┤     ├─────────────────┤
                │ id (PK)         │────<│ habit_id (FK)   │
                │ user_id (FK)    │     │ completed_at    │
                │ name            │     │ id (PK)         │
                │ target_days[]   │     └─────────────────┘
                │ event_data JSONB│
                └─────────────────┘
                +-----------+
                | books     |
                +-----------+
                | title     |
                | author    |
                +-----------+
                ┌─────────────────┐
                │   auth.users    │
                │─────────────────│
                │ id (PK)         │
                └─────────────────┘
                """));
        assertThat(s.entities.keySet()).containsExactly("habit", "habit_log", "book");
        assertThat(s.entities.get("habit").fields.keySet()).containsExactly("id", "user_id", "name", "target_days", "event_data");
        assertThat(s.entities.get("habit").fields.get("target_days").hint.toString()).isEqualTo("array ");
        assertThat(s.entities.get("habit_log").fields.keySet()).containsExactly("habit_id", "completed_at", "id");
        assertThat(s.entities.get("book").fields.keySet()).containsExactly("title", "author");
        assertThat(s.references).extracting(Sketch.Reference::entity, Sketch.Reference::column, Sketch.Reference::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("habit", "user_id", "user"),
                        org.assertj.core.groups.Tuple.tuple("habit_log", "habit_id", "habit"));
    }

    @Test
    void architectureBoxesWithoutColumnRowsAreNoTables() {
        Sketch s = read(code("", """
                ┌──────────────┐      ┌──────────────┐
                │ User Browser │ ───▶ │ Object Store │
                │              │      │ Cloud        │
                └──────────────┘      └──────────────┘
                ┌─────────────────────────────┐
                │ Machine A (Dev/Frontend)    │
                │  Web App - Port 4321        │
                │       ↓ HTTP/REST           │
                └─────────────────────────────┘
                ┌──────────────┐
                │ Invoices     │
                ├──────────────┤
                │ PK id        │
                │ Total Amount │
                └──────────────┘
                """));
        assertThat(s.entities.keySet()).containsExactly("invoice");
    }

    @Test
    void mermaidErDiagramsGiveKeysFromCardinality() {
        Sketch s = read(code("mermaid", """
                erDiagram
                    USER ||--o{ DECK : owns
                    DECK ||--|{ CARD : contains
                    CARD }o--o{ TAG : "tagged with"
                    DECK {
                        uuid id PK
                        string name "max 100 chars"
                        uuid owner_id FK
                    }
                """));
        assertThat(s.entities.get("deck").fields.keySet()).containsExactly("id", "name", "owner_id");
        assertThat(s.entities.get("deck").fields.get("name").hint.toString()).isEqualTo("string max 100 chars");
        assertThat(s.entities.get("card_tag").join).isTrue();
        assertThat(s.references).extracting(r -> r.entity() + "." + r.column() + "->" + r.target())
                .containsExactly("deck.user_id->user", "card.deck_id->deck", "card_tag.card_id->card", "card_tag.tag_id->tag", "deck.owner_id->owner");
    }

    @Test
    void prismaModelsGiveColumnsTypesAndRelationKeys() {
        Sketch s = read(code("prisma", """
                enum Visibility {
                  PRIVATE
                  PUBLIC
                }
                model Deck {
                  id         String     @id @default(uuid())
                  name       String     @db.VarChar(100)
                  visibility Visibility @default(PRIVATE)
                  ownerId    String     @map("owner_id")
                  owner      User       @relation(fields: [ownerId], references: [id])
                  cards      Card[]
                }
                model Card {
                  id     String @id
                  front  String
                  note   String?
                  deckId String
                  deck   Deck   @relation(fields: [deckId], references: [id], onDelete: Cascade)
                }
                model User {
                  id    String @id
                  email String @unique
                }
                """));
        assertThat(s.entities.get("deck").fields.keySet()).containsExactly("id", "name", "visibility", "owner_id");
        assertThat(s.entities.get("deck").fields.get("name").hint.toString()).isEqualTo("varchar(100) required");
        assertThat(s.entities.get("deck").fields.get("visibility").hint.toString()).isEqualTo("enum: PRIVATE, PUBLIC required default PRIVATE");
        assertThat(s.entities.get("card").fields.get("note").hint.toString()).isEqualTo("text optional");
        assertThat(s.entities.get("user").fields.get("email").hint.toString()).isEqualTo("text required unique");
        assertThat(s.references).extracting(r -> r.entity() + "." + r.column() + "->" + r.target())
                .containsExactly("deck.owner_id->user", "card.deck_id->deck");
    }

    @Test
    void sqlInACodeBlockIsRead() {
        Sketch s = read(code("sql", """
                CREATE TABLE snippets (
                  id UUID PRIMARY KEY,
                  user_id UUID REFERENCES auth.users(id) ON DELETE CASCADE NOT NULL,
                  tags TEXT[]
                );
                """));
        assertThat(s.entities.get("snippet").fields.keySet()).containsExactly("id", "user_id", "tags");
        assertThat(s.references).extracting(r -> r.entity() + "." + r.column() + "->" + r.target()).containsExactly("snippet.user_id->user");
    }

    @Test
    void ddlWithoutKeywordsInACodeBlockIsRead() {
        Sketch s = read(code("sql", """
                profiles (
                  id UUID PRIMARY KEY REFERENCES auth.users(id) ON DELETE CASCADE,
                  week_reset_date TIMESTAMPTZ NOT NULL
                )

                sessions (
                  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
                  user_id UUID REFERENCES profiles(id) ON DELETE CASCADE,
                  role TEXT NOT NULL CHECK (role IN ('user', 'helper'))
                )
                """));
        assertThat(s.entities.keySet()).containsExactly("profile", "session");
        assertThat(s.entities.get("session").fields.keySet()).containsExactly("id", "user_id", "role");
        assertThat(s.references).extracting(r -> r.entity() + "." + r.column() + "->" + r.target())
                .containsExactly("profile.id->user", "session.user_id->profile");
    }

    @Test
    void codeOutsideTheBuildableScopeIsNotRead() {
        List<Requirement> reqs = new ArrayList<>(Models.lines("notes.md", DocumentRole.PLANNING_NOTES, "# Future ideas"));
        reqs.add(new Requirement("notes.md#L2", RequirementKind.CONTEXT, "CREATE TABLE wishlists (id uuid);",
                new Source("notes.md", DocumentRole.PLANNING_NOTES, List.of("Future ideas"), 2, 2), null, Map.of("code", "sql")));
        assertThat(new ExplicitSchemaReader().read(new StatementReader().read(reqs)).entities).isEmpty();
    }

    @Test
    void definitionLinesListColumnsAndArrowsReadTheirCardinality() {
        List<Requirement> reqs = new ArrayList<>(Models.lines("db-planning-notes.md", DocumentRole.PLANNING_NOTES,
                "## Key entities",
                "loans: Core loan records holding registration data (principal, remaining_balance at creation, annual_rate, term_months).",
                "simulations: Represents a single run.",
                "streaks: consecutive days of activity.",
                "loan_events: Append-only audit trail (rate changes, balance edits) with `effective_month`.",
                "## Relationships",
                "users → loans: one-to-many.",
                "loans → loan_events: one-to-many.",
                "simulation_snapshots: Per-loan state (simulation_id, loan_id, starting_balance).",
                "simulation_snapshots → loans RESTRICT"));
        // the second sentence of the "simulations" item
        reqs.add(3, new Requirement("db-planning-notes.md#L3.2", RequirementKind.CONTEXT, "Fields: id, user_id, strategy (string), "
                + "goal_type (ENUM: fastest | cheapest), status.", new Source("db-planning-notes.md", DocumentRole.PLANNING_NOTES, List.of(), 3, 3),
                null, Map.of()));
        Sketch s = read(reqs);
        assertThat(s.entities.keySet()).containsExactly("loan", "simulation", "loan_event", "simulation_snapshot");
        assertThat(s.entities.get("loan").fields.keySet()).containsExactly("principal", "remaining_balance", "annual_rate", "term_months");
        assertThat(s.entities.get("simulation").fields.keySet()).containsExactly("id", "user_id", "strategy", "goal_type", "status");
        assertThat(s.entities.get("simulation").fields.get("goal_type").hint.toString()).isEqualTo("ENUM: fastest | cheapest");
        assertThat(s.entities.get("loan_event").fields.keySet()).containsExactly("effective_month");
        assertThat(s.references).extracting(r -> r.entity() + "." + r.column() + "->" + r.target())
                .containsExactly("loan.user_id->user", "loan_event.loan_id->loan", "simulation_snapshot.loan_id->loan");
    }

    @Test
    void columnLinesBelongToTheTableTheirHeadingNames() {
        List<Requirement> reqs = new ArrayList<>();
        reqs.add(row("notes.md#L1", "`user_id`: UUID PRIMARY KEY REFERENCES auth.users(id) ON DELETE CASCADE", "Tables", "1. user_personas", "Columns"));
        reqs.add(row("notes.md#L2", "`persona_types`: JSONB NOT NULL DEFAULT '[]'", "Tables", "1. user_personas", "Columns"));
        reqs.add(row("notes.md#L3", "`title`: TEXT NOT NULL", "Tables", "Decks"));
        reqs.add(row("notes.md#L4", "Purpose: store persona preferences.", "Tables", "1. user_personas"));
        reqs.add(row("notes.md#L5", "`monthly`: TEXT", "database_planning_summary"));
        Sketch s = new ExplicitSchemaReader().read(new StatementReader().read(reqs));
        assertThat(s.entities.keySet()).containsExactly("user_persona", "deck");
        assertThat(s.entities.get("user_persona").fields.keySet()).containsExactly("user_id", "persona_types");
        assertThat(s.entities.get("deck").fields.get("title").hint.toString()).isEqualTo("TEXT NOT NULL");
        assertThat(s.references).extracting(r -> r.entity() + "." + r.column() + "->" + r.target()).containsExactly("user_persona.user_id->user");
    }

    @Test
    void fieldTablesUnderATableHeadingGiveColumns() {
        List<Requirement> reqs = new ArrayList<>();
        reqs.add(dataRow("notes.md#L3", Map.of("Column", "`id`", "Type", "uuid", "Notes", "PK"), "Schema", "`decks` table"));
        reqs.add(dataRow("notes.md#L4", Map.of("Column", "`owner_id`", "Type", "uuid", "Notes", "FK -> users.id"), "Schema", "`decks` table"));
        reqs.add(dataRow("notes.md#L5", Map.of("Column", "title", "Type", "varchar(100)", "Notes", "required"), "Schema", "`decks` table"));
        reqs.add(dataRow("notes.md#L9", Map.of("Attribute", "Priority", "Details", "HIGH"), "FR-01: Card browsing"));
        Sketch s = new ExplicitSchemaReader().read(new StatementReader().read(reqs));
        assertThat(s.entities.keySet()).containsExactly("deck");
        assertThat(s.entities.get("deck").fields.keySet()).containsExactly("id", "owner_id", "title");
        assertThat(s.entities.get("deck").fields.get("title").hint.toString()).isEqualTo("varchar(100) required");
        assertThat(s.references).extracting(r -> r.entity() + "." + r.column() + "->" + r.target()).containsExactly("deck.owner_id->user");
    }

    @Test
    void typeScriptTypesAreAModelAndTransportShapesAreNot() {
        Sketch s = read(code("ts", """
                export type Level = 'easy' | 'hard';
                export enum Visibility { Private = 'private', Shared = 'shared' }
                export interface Deck {
                  id: string;
                  ownerId: string;
                  title: string; // shown on the card
                  level: Level;
                  visibility: Visibility;
                  tags: string[];
                  settings: { shuffle: boolean };
                  cards: Card[];
                  archivedAt?: Date | null;
                  onOpen(): void;
                }
                type Card = {
                  id: string,
                  front: string,
                  back: string,
                  author: User,
                }
                interface User { id: string; email: string }
                interface DeckListResponse { decks: Deck[]; total: number }
                interface DeckCardProps { deck: Deck; onClick: () => void }"""));
        assertThat(s.entities.keySet()).containsExactly("deck", "card", "user");
        Sketch.Entity deck = s.entities.get("deck");
        assertThat(deck.fields.keySet()).containsExactly("id", "owner_id", "title", "level", "visibility", "tags", "settings", "archived_at");
        assertThat(deck.fields.get("level").hint.toString()).isEqualTo("enum: easy, hard required");
        assertThat(deck.fields.get("visibility").hint.toString()).isEqualTo("enum: private, shared required");
        assertThat(deck.fields.get("tags").hint.toString()).isEqualTo("text[] required");
        assertThat(deck.fields.get("settings").hint.toString()).isEqualTo("jsonb required");
        assertThat(deck.fields.get("archived_at").hint.toString()).isEqualTo("timestamptz optional");
        assertThat(s.entities.get("card").fields.keySet()).contains("front", "back", "author_id", "deck_id");
        assertThat(s.references).extracting(r -> r.entity() + "." + r.column() + "->" + r.target())
                .containsExactlyInAnyOrder("deck.owner_id->user", "card.deck_id->deck", "card.author_id->user");
    }

    @Test
    void dbmlTablesRefsAndEnums() {
        Sketch s = read(code("dbml", """
                Enum loan_status {
                  active
                  paid_off [note: 'no balance left']
                }
                Table users {
                  id uuid [pk]
                  email varchar(255) [not null, unique]
                }
                Table loans {
                  id uuid [pk, default: `gen_random_uuid()`]
                  user_id uuid [not null, ref: > users.id]
                  principal numeric(12,2) [not null, note: 'amount borrowed']
                  status loan_status [default: 'active']
                  Indexes {
                    (user_id, status)
                  }
                  closed_at timestamptz [null]
                }
                Table payments {
                  id uuid [pk]
                  loan_id uuid
                  amount numeric(12,2)
                }
                Table lenders {
                  id uuid [pk]
                  name text
                }
                Ref: payments.loan_id > loans.id [delete: cascade]
                Ref: loans.id <> lenders.id"""));
        assertThat(s.entities.keySet()).containsExactly("user", "loan", "payment", "lender", "loan_lender");
        assertThat(s.entities.get("loan").fields.keySet()).containsExactly("id", "user_id", "principal", "status", "closed_at");
        assertThat(s.entities.get("loan").fields.get("status").hint.toString()).isEqualTo("enum: active, paid_off default active");
        assertThat(s.entities.get("loan").fields.get("principal").hint.toString()).isEqualTo("numeric(12,2) not null (amount borrowed)");
        assertThat(s.entities.get("loan").fields.get("closed_at").hint.toString()).isEqualTo("timestamptz optional");
        assertThat(s.entities.get("user").fields.get("email").hint.toString()).isEqualTo("varchar(255) not null unique");
        assertThat(s.entities.get("payment").fields.get("loan_id").hint.toString()).isEqualTo("uuid on delete cascade");
        assertThat(s.entities.get("loan_lender").join).isTrue();
        assertThat(s.references).extracting(r -> r.entity() + "." + r.column() + "->" + r.target())
                .containsExactly("loan.user_id->user", "payment.loan_id->loan", "loan_lender.loan_id->loan", "loan_lender.lender_id->lender");
    }

    @Test
    void ticketedTableBulletsUnderADatabaseHeadingAreTablesEvenWhenTheProseNamedOneBefore() {
        // a tech-stack note: the database's features as bullets, then (under a bold caption ingest drops) the tables, one
        // a line, each ticked with a description; "users" the prose already named
        List<Requirement> reqs = new ArrayList<>();
        reqs.add(new Requirement("prd.md#L1", RequirementKind.FUNCTIONAL, "Users create projects and invite members.",
                new Source("prd.md", DocumentRole.PRD, List.of("Features"), 1, 1), null, Map.of()));
        reqs.add(new Requirement("tech-stack.md#L1", RequirementKind.CONTEXT, "CREATE TABLE users (id uuid, created_at timestamptz);",
                new Source("tech-stack.md", DocumentRole.TECH_STACK, List.of("Auth"), 1, 1), null, Map.of("code", "sql")));
        String[] lines = {"Built-in migrations", "`users` - owners and tenants", "`apartments` - flats", "`leases` - rentals (active and archived)",
            "`invitation_links` - invitation links"};
        for (int i = 0; i < lines.length; i++) {
            reqs.add(new Requirement("tech-stack.md#L" + (10 + i), RequirementKind.CONTEXT, lines[i], new Source("tech-stack.md", DocumentRole.TECH_STACK,
                    List.of("Backend", "1. Database (PostgreSQL)"), 10 + i, 10 + i), null, Map.of()));
        }
        Sketch s = read(reqs);
        assertThat(s.entities.keySet()).contains("user", "apartment", "lease", "invitation_link").doesNotContain("built_in_migration",
                "built_in_migrations");
        assertThat(s.entities.values()).noneMatch(e -> e.fields.containsKey("apartments"));
    }

    private static Requirement dataRow(String id, Map<String, String> cells, String... headings) {
        Map<String, String> ordered = new java.util.LinkedHashMap<>();
        cells.keySet().stream().sorted(java.util.Comparator.comparing((String k) -> !k.equals("Column") && !k.equals("Attribute"))
                .thenComparing(k -> !k.equals("Type"))).forEach(k -> ordered.put(k, cells.get(k)));
        String text = String.join("; ", ordered.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
        int line = Integer.parseInt(id.substring(id.indexOf('L') + 1));
        return new Requirement(id, RequirementKind.DATA_ROW, text, new Source("notes.md", DocumentRole.PLANNING_NOTES, List.of(headings), line, line),
                null, ordered);
    }

    private static Requirement row(String id, String text, String... headings) {
        return new Requirement(id, RequirementKind.PLANNING_DECISION, text, new Source("notes.md", DocumentRole.PLANNING_NOTES, List.of(headings),
                Integer.parseInt(id.substring(id.indexOf('L') + 1)), Integer.parseInt(id.substring(id.indexOf('L') + 1))), null, Map.of());
    }

    private static List<Requirement> code(String language, String text) {
        return List.of(new Requirement("notes.md#L3", RequirementKind.CONTEXT, text.stripTrailing(),
                new Source("notes.md", DocumentRole.PLANNING_NOTES, List.of("Schema"), 3, 3 + (int) text.lines().count()), null,
                Map.of("code", language)));
    }

    private static Sketch read(List<Requirement> requirements) {
        return new ExplicitSchemaReader().read(new StatementReader().read(requirements));
    }

}
