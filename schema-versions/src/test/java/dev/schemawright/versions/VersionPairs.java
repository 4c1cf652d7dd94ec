package dev.schemawright.versions;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Cardinality;
import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.CheckKind;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.DefaultKind;
import dev.schemawright.contracts.model.DefaultValue;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexColumn;
import dev.schemawright.contracts.model.IndexMethod;
import dev.schemawright.contracts.model.IndexPredicate;
import dev.schemawright.contracts.model.KeyStrategy;
import dev.schemawright.contracts.model.OpenQuestion;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.PolicyCommand;
import dev.schemawright.contracts.model.PolicyRule;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TargetStack;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Hand-built pairs of designs the golden files are rendered from. {@code cards}: the README's clarifications example
 * (a card in several decks, a new difficulty, shared tags) on Supabase. {@code notes}: the application's own users,
 * with renames (a table, a column, an enum), a removed enum value, a narrowed and a widened type, new NOT NULL columns
 * and a new unique key.
 */
public final class VersionPairs {
    static final ColumnType UUID = ColumnType.of(TypeKind.UUID);
    static final ColumnType TEXT = ColumnType.of(TypeKind.TEXT);
    static final ColumnType TS = ColumnType.of(TypeKind.TIMESTAMPTZ);

    private VersionPairs() {
    }

    static Column col(String name, ColumnType type, boolean nullable, String... sources) {
        return new Column(name, type, nullable, null, false, "", List.of(sources));
    }

    static Column id() {
        return new Column("id", UUID, false, DefaultValue.of(DefaultKind.RANDOM_UUID), false, "surrogate key", List.of());
    }

    static Column owner(String... sources) {
        return new Column("user_id", UUID, false, DefaultValue.of(DefaultKind.CURRENT_USER), false, "owner", List.of(sources));
    }

    static ForeignKey fk(String name, String column, String schema, String table, FkAction action, String... sources) {
        return new ForeignKey(name, List.of(column), schema, table, List.of("id"), action, "", List.of(sources));
    }

    static Index index(String name, String... columns) {
        return new Index(name, Arrays.stream(columns).map(IndexColumn::asc).toList(), false, IndexMethod.BTREE, IndexPredicate.NONE,
                "foreign key lookups", List.of());
    }

    static List<Policy> policies(String table, String role, PolicyRule read, PolicyRule write, String... sources) {
        List<Policy> out = new ArrayList<>();
        for (PolicyCommand c : PolicyCommand.values()) {
            PolicyRule r = c == PolicyCommand.SELECT ? read : write;
            out.add(new Policy(table + "_" + c.name().toLowerCase(Locale.ROOT) + "_" + r.kind().name().toLowerCase(Locale.ROOT), c, role, r, "",
                    List.of(sources)));
        }
        return out;
    }

    static Table table(String name, List<Column> columns, List<String> pk, String... sources) {
        return Table.of(name, TableKind.ENTITY, columns, pk).withSources(List.of(sources));
    }

    // ---------------------------------------------------------------- cards

    public static SchemaModel cardsBefore() {
        EnumType difficulty = new EnumType("card_difficulty", List.of("easy", "medium", "hard"), List.of("prd.md#L7"));
        Table decks = table("decks", List.of(id(), owner("prd.md#L5"), col("name", TEXT, false, "prd.md#L5"), col("description", TEXT, true, "prd.md#L5")),
                List.of("id"), "prd.md#L5")
                .withForeignKeys(List.of(fk("deck_user_id_fkey", "user_id", "auth", "users", FkAction.CASCADE)))
                .withIndexes(List.of(index("decks_user_id_idx", "user_id")))
                .withRlsEnabled(true).withPolicies(policies("decks", "authenticated", PolicyRule.owner("user_id"), PolicyRule.owner("user_id"), "prd.md#L5"));
        PolicyRule viaDeck = PolicyRule.parentOwner("deck_id", "decks", "id", "user_id");
        Table cards = table("cards", List.of(id(), col("deck_id", UUID, false, "prd.md#L6"), col("front", TEXT, true, "prd.md#L7"),
                col("back", TEXT, true, "prd.md#L7"), col("difficulty", ColumnType.enumOf("card_difficulty"), true, "prd.md#L7")), List.of("id"), "prd.md#L6", "prd.md#L7")
                .withForeignKeys(List.of(fk("card_deck_id_fkey", "deck_id", null, "decks", FkAction.CASCADE, "prd.md#L6")))
                .withIndexes(List.of(index("cards_deck_id_idx", "deck_id")))
                .withRlsEnabled(true).withPolicies(policies("cards", "authenticated", viaDeck, viaDeck, "prd.md#L6"));
        Table tags = table("tags", List.of(id(), owner("prd.md#L8"), col("name", TEXT, false, "prd.md#L8")), List.of("id"), "prd.md#L8")
                .withForeignKeys(List.of(fk("tag_user_id_fkey", "user_id", "auth", "users", FkAction.CASCADE)))
                .withIndexes(List.of(index("tags_user_id_idx", "user_id")))
                .withRlsEnabled(true).withPolicies(policies("tags", "authenticated", PolicyRule.owner("user_id"), PolicyRule.owner("user_id"), "prd.md#L8"));
        return new SchemaModel("cards", "Study Cards", "", new TargetStack("PostgreSQL", AuthProvider.SUPABASE, KeyStrategy.UUID, ""),
                List.of(difficulty), List.of(decks, cards, tags),
                List.of(new Relationship("decks", "cards", Cardinality.ONE_TO_MANY, null, false, "contains", List.of("prd.md#L6"))), List.of(),
                List.of(new OpenQuestion("q-parent-card-deck", "Can a card belong to more than one deck?", "No: each card has exactly one deck",
                                List.of("prd.md#L6")),
                        new OpenQuestion("q-enum-card_difficulty", "Is the list of values for card difficulty (easy, medium, hard) complete?",
                                "Yes", List.of("prd.md#L7")),
                        new OpenQuestion("q-shared-tag", "Are tags shared by all users, or does each user keep their own?", "Each user keeps their own",
                                List.of("prd.md#L8"))),
                List.of());
    }

    public static SchemaModel cardsAfter() {
        SchemaModel before = cardsBefore();
        EnumType difficulty = new EnumType("card_difficulty", List.of("easy", "medium", "hard", "expert"), List.of("prd.md#L7", "clarifications.md#L5"));
        Table decks = before.table("decks").orElseThrow();
        Table cards = table("cards", List.of(id(), owner("prd.md#L6"), col("front", TEXT, true, "prd.md#L7"), col("back", TEXT, true, "prd.md#L7"),
                col("difficulty", ColumnType.enumOf("card_difficulty"), true, "prd.md#L7")), List.of("id"), "prd.md#L6", "prd.md#L7")
                .withForeignKeys(List.of(fk("card_user_id_fkey", "user_id", "auth", "users", FkAction.CASCADE)))
                .withIndexes(List.of(index("cards_user_id_idx", "user_id")))
                .withRlsEnabled(true).withPolicies(policies("cards", "authenticated", PolicyRule.owner("user_id"), PolicyRule.owner("user_id"), "prd.md#L6"));
        Table deckCards = Table.of("deck_cards", TableKind.JOIN, List.of(col("deck_id", UUID, false, "prd.md#L6", "clarifications.md#L3"),
                        col("card_id", UUID, false, "prd.md#L6", "clarifications.md#L3")), List.of("deck_id", "card_id"))
                .withDescription("Links deck and card").withSources(List.of("prd.md#L6", "clarifications.md#L3"))
                .withForeignKeys(List.of(fk("deck_card_deck_id_fkey", "deck_id", null, "decks", FkAction.CASCADE, "clarifications.md#L3"),
                        fk("deck_card_card_id_fkey", "card_id", null, "cards", FkAction.CASCADE, "clarifications.md#L3")))
                .withIndexes(List.of(index("deck_cards_card_id_idx", "card_id")))
                .withRlsEnabled(true).withPolicies(policies("deck_cards", "authenticated", PolicyRule.parentOwner("deck_id", "decks", "id", "user_id"),
                        PolicyRule.parentOwner("deck_id", "decks", "id", "user_id"), "clarifications.md#L3"));
        Table tags = table("tags", List.of(id(), col("name", TEXT, false, "prd.md#L8")), List.of("id"), "prd.md#L8", "clarifications.md#L8")
                .withRlsEnabled(true).withPolicies(policies("tags", "authenticated", PolicyRule.authenticated(), PolicyRule.deny(), "clarifications.md#L8"));
        List<OpenQuestion> answered = List.of(
                before.openQuestions().get(0).withAnswer("Yes: many-to-many through deck_cards.", List.of("clarifications.md#L3")),
                before.openQuestions().get(1).withAnswer("No: the values are easy, medium, hard, expert (added expert).", List.of("clarifications.md#L5")),
                before.openQuestions().get(2).withAnswer("Shared reference data: readable by every signed-in user, written by the service role.",
                        List.of("clarifications.md#L8")));
        return before.withEnums(List.of(difficulty)).withTables(List.of(decks, cards, deckCards, tags)).withOpenQuestions(answered)
                .withRelationships(List.of(new Relationship("decks", "cards", Cardinality.MANY_TO_MANY, "deck_cards", false, "contains",
                        List.of("prd.md#L6", "clarifications.md#L3"))));
    }

    // ---------------------------------------------------------------- notes

    public static SchemaModel notesBefore() {
        EnumType status = new EnumType("status", List.of("draft", "published", "archived"), List.of("prd.md#L9"));
        Table users = table("users", List.of(id(), col("email", ColumnType.varchar(320), false, "prd.md#L3")), List.of("id"), "prd.md#L3")
                .withUniques(List.of(new UniqueConstraint("users_email_key", List.of("email"), List.of("prd.md#L3"))));
        Table notes = table("notes", List.of(id(), col("author_id", UUID, false, "prd.md#L4"), col("title", ColumnType.varchar(200), false, "prd.md#L5"),
                        col("body", ColumnType.varchar(2000), true, "prd.md#L5"), col("state", ColumnType.enumOf("status"), false, "prd.md#L9")
                                .withDefault(DefaultValue.enumValue("draft")),
                        new Column("created_at", TS, false, DefaultValue.of(DefaultKind.NOW), false, "audit timestamp (convention)", List.of())),
                List.of("id"), "prd.md#L4")
                .withForeignKeys(List.of(fk("notes_author_id_fkey", "author_id", null, "users", FkAction.CASCADE, "prd.md#L4")))
                .withIndexes(List.of(index("notes_author_id_idx", "author_id")))
                .withChecks(List.of(new CheckConstraint("notes_title_check", CheckKind.NOT_BLANK, List.of("title"), List.of(), List.of("prd.md#L5"))));
        return new SchemaModel("notes", "Notes", "", new TargetStack("PostgreSQL", AuthProvider.APPLICATION, KeyStrategy.UUID, ""),
                List.of(status), List.of(users, notes), List.of(), List.of(), List.of(), List.of());
    }

    public static SchemaModel notesAfter() {
        EnumType status = new EnumType("memo_status", List.of("draft", "published"), List.of("prd.md#L9"));
        Table users = notesBefore().table("users").orElseThrow();
        users = users.withColumns(users.columns().stream().map(c -> c.name().equals("email") ? c.withType(ColumnType.varchar(254)) : c).toList());
        Table memos = table("memos", List.of(id(), col("author_id", UUID, false, "prd.md#L4"), col("heading", ColumnType.varchar(200), false, "prd.md#L5"),
                        col("body", TEXT, true, "prd.md#L5"), col("state", ColumnType.enumOf("memo_status"), false, "prd.md#L9")
                                .withDefault(DefaultValue.enumValue("draft")),
                        new Column("created_at", TS, false, DefaultValue.of(DefaultKind.NOW), false, "audit timestamp (convention)", List.of()),
                        col("pinned", ColumnType.of(TypeKind.BOOLEAN), false, "prd.md#L11"), col("slug", TEXT, false, "prd.md#L12"),
                        col("word_count", ColumnType.of(TypeKind.INTEGER), false, "prd.md#L13")),
                List.of("id"), "prd.md#L4")
                .withForeignKeys(List.of(fk("notes_author_id_fkey", "author_id", null, "users", FkAction.CASCADE, "prd.md#L4")))
                .withIndexes(List.of(index("memos_author_id_idx", "author_id")))
                .withUniques(List.of(new UniqueConstraint("memos_slug_key", List.of("slug"), List.of("prd.md#L12"))))
                .withChecks(List.of(new CheckConstraint("notes_title_check", CheckKind.NOT_BLANK, List.of("heading"), List.of(), List.of("prd.md#L5")),
                        new CheckConstraint("memos_word_count_check", CheckKind.NON_NEGATIVE, List.of("word_count"), List.of(), List.of("prd.md#L13"))));
        return notesBefore().withEnums(List.of(status)).withTables(List.of(users, memos));
    }
}
