package dev.schemawright.render;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Cardinality;
import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.CheckKind;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.Decision;
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
import dev.schemawright.contracts.model.PolicyRuleKind;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TargetStack;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** Hand-built models the golden files are rendered from; each stresses a different part of the renderers. */
public final class TestModels {
    private TestModels() {
    }

    static final ColumnType UUID = ColumnType.of(TypeKind.UUID);
    static final ColumnType TEXT = ColumnType.of(TypeKind.TEXT);
    static final ColumnType TS = ColumnType.of(TypeKind.TIMESTAMPTZ);
    static final ColumnType BIGINT = ColumnType.of(TypeKind.BIGINT);

    static Column col(String name, ColumnType type, boolean nullable, String description, String... sources) {
        return new Column(name, type, nullable, null, false, description, List.of(sources));
    }

    static Column uuidKey() {
        return new Column("id", UUID, false, DefaultValue.of(DefaultKind.RANDOM_UUID), false, "Surrogate key.", List.of());
    }

    static Column identityKey() {
        return new Column("id", BIGINT, false, null, true, "Surrogate key.", List.of());
    }

    static Column createdAt() {
        return new Column("created_at", TS, false, DefaultValue.of(DefaultKind.NOW), false, "Audit convention.", List.of());
    }

    static Column updatedAt() {
        return new Column("updated_at", TS, false, DefaultValue.of(DefaultKind.NOW), false, "Audit convention.", List.of());
    }

    static ForeignKey fk(String name, String column, String refTable, FkAction action, String... sources) {
        return new ForeignKey(name, List.of(column), null, refTable, List.of("id"), action, "", List.of(sources));
    }

    static Index index(String name, String... columns) {
        return new Index(name, java.util.Arrays.stream(columns).map(IndexColumn::asc).toList(), false, IndexMethod.BTREE,
                IndexPredicate.NONE, "foreign key lookup", List.of());
    }

    static Policy policy(String table, PolicyCommand cmd, String role, PolicyRule rule) {
        return new Policy(table + "_" + cmd.name().toLowerCase(java.util.Locale.ROOT), cmd, role, rule, "", List.of());
    }

    static List<Policy> crud(String table, String role, PolicyRule rule) {
        List<Policy> out = new ArrayList<>();
        for (PolicyCommand c : PolicyCommand.values()) {
            out.add(policy(table, c, role, rule));
        }
        return out;
    }

    /**
     * Supabase flashcards: users in auth.users, enum with default, self-referencing categories, a composite-key join
     * table, trigram/GIN/partial/descending indexes, every CheckKind, owner / parent-owner / authenticated / deny policies.
     */
    public static SchemaModel supabaseStudy() {
        PolicyRule own = PolicyRule.owner("user_id");
        Table profiles = new Table("profiles", TableKind.ENTITY, "Public profile of a user.",
                List.of(new Column("user_id", UUID, false, DefaultValue.of(DefaultKind.CURRENT_USER), false, "Owner (Supabase user).", List.of("R1")),
                        col("display_name", ColumnType.varchar(80), false, "Shown on shared decks.", "R2"),
                        col("email", TEXT, true, "Contact address.", "R2"),
                        createdAt(), updatedAt()),
                List.of("user_id"),
                List.of(new ForeignKey("profiles_user_id_fkey", List.of("user_id"), "auth", "users", List.of("id"), FkAction.CASCADE,
                        "a profile has no meaning without its user", List.of("R1"))),
                List.of(),
                List.of(new CheckConstraint("profiles_display_name_length", CheckKind.LENGTH_BETWEEN, List.of("display_name"), List.of("1", "80"), List.of("R2")),
                        new CheckConstraint("profiles_email_format", CheckKind.EMAIL_FORMAT, List.of("email"), List.of(), List.of("R2"))),
                List.of(), true, crud("profiles", "authenticated", own), List.of("R1", "R2"));
        Table categories = new Table("categories", TableKind.LOOKUP, "Nested subject categories.",
                List.of(uuidKey(), col("parent_id", UUID, true, "Enclosing category.", "R7"), col("name", TEXT, false, "", "R7")),
                List.of("id"),
                List.of(fk("categories_parent_id_fkey", "parent_id", "categories", FkAction.SET_NULL, "R7")),
                List.of(new UniqueConstraint("categories_parent_id_name_key", List.of("parent_id", "name"), List.of("R7"))),
                List.of(new CheckConstraint("categories_name_not_blank", CheckKind.NOT_BLANK, List.of("name"), List.of(), List.of("R7")),
                        new CheckConstraint("categories_not_own_parent", CheckKind.COLUMNS_DIFFER, List.of("id", "parent_id"), List.of(), List.of("R7"))),
                List.of(index("categories_parent_id_idx", "parent_id")), true,
                List.of(policy("categories", PolicyCommand.SELECT, "authenticated", PolicyRule.authenticated()),
                        policy("categories", PolicyCommand.INSERT, "authenticated", new PolicyRule(PolicyRuleKind.DENY, null, null, null, null)),
                        policy("categories", PolicyCommand.UPDATE, "authenticated", new PolicyRule(PolicyRuleKind.DENY, null, null, null, null)),
                        policy("categories", PolicyCommand.DELETE, "authenticated", new PolicyRule(PolicyRuleKind.DENY, null, null, null, null))),
                List.of("R7"));
        Table decks = new Table("decks", TableKind.ENTITY, "A named set of flashcards owned by one user.",
                List.of(uuidKey(),
                        new Column("user_id", UUID, false, DefaultValue.of(DefaultKind.CURRENT_USER), false, "Owner.", List.of("R3")),
                        col("category_id", UUID, true, "Optional subject.", "R7"),
                        col("title", ColumnType.varchar(120), false, "", "R3"),
                        new Column("visibility", ColumnType.enumOf("deck_visibility"), false, DefaultValue.enumValue("private"), false, "Who may see it.", List.of("R4")),
                        new Column("tags", TEXT.asArray(), false, DefaultValue.of(DefaultKind.EMPTY_ARRAY), false, "Free tags.", List.of("R3")),
                        new Column("settings", ColumnType.of(TypeKind.JSON), false, DefaultValue.of(DefaultKind.EMPTY_JSON_OBJECT), false, "", List.of("R5")),
                        new Column("price", ColumnType.numeric(10, 2), true, DefaultValue.number("0.00"), false, "", List.of("R6")),
                        new Column("is_archived", ColumnType.of(TypeKind.BOOLEAN), false, DefaultValue.bool(false), false, "", List.of("R3")),
                        new Column("starts_on", ColumnType.of(TypeKind.DATE), true, DefaultValue.of(DefaultKind.TODAY), false, "", List.of("R6")),
                        col("ends_on", ColumnType.of(TypeKind.DATE), true, ""),
                        col("deleted_at", TS, true, "Soft delete."), createdAt(), updatedAt()),
                List.of("id"),
                List.of(new ForeignKey("decks_user_id_fkey", List.of("user_id"), "auth", "users", List.of("id"), FkAction.CASCADE, "", List.of("R3")),
                        fk("decks_category_id_fkey", "category_id", "categories", FkAction.SET_NULL, "R7")),
                List.of(new UniqueConstraint("decks_user_id_title_key", List.of("user_id", "title"), List.of("R3"))),
                List.of(new CheckConstraint("decks_price_non_negative", CheckKind.NON_NEGATIVE, List.of("price"), List.of(), List.of("R6")),
                        new CheckConstraint("decks_dates_ordered", CheckKind.COLUMNS_ORDERED, List.of("starts_on", "ends_on"), List.of(), List.of("R6"))),
                List.of(index("decks_user_id_idx", "user_id"), index("decks_category_id_idx", "category_id"),
                        new Index("decks_title_trgm_idx", List.of(IndexColumn.asc("title")), false, IndexMethod.TRIGRAM, IndexPredicate.NONE, "title search", List.of("R8")),
                        new Index("decks_tags_gin_idx", List.of(IndexColumn.asc("tags")), false, IndexMethod.GIN, IndexPredicate.NONE, "tag filter", List.of("R3")),
                        new Index("decks_user_recent_idx", List.of(IndexColumn.asc("user_id"), IndexColumn.desc("created_at")), false,
                                IndexMethod.BTREE, IndexPredicate.NOT_DELETED, "a user's live decks, newest first", List.of("R3"))),
                true, crud("decks", "authenticated", own), List.of("R3", "R4"));
        Table cards = new Table("cards", TableKind.CHILD, "One question/answer pair.",
                List.of(uuidKey(), col("deck_id", UUID, false, "", "R5"), col("front", TEXT, false, "", "R5"), col("back", TEXT, false, "", "R5"),
                        new Column("position", ColumnType.of(TypeKind.INTEGER), false, DefaultValue.number("0"), false, "", List.of("R5")),
                        new Column("ease", ColumnType.of(TypeKind.REAL), false, DefaultValue.number("2.5"), false, "", List.of("R9")),
                        createdAt()),
                List.of("id"),
                List.of(fk("cards_deck_id_fkey", "deck_id", "decks", FkAction.CASCADE, "R5")),
                List.of(),
                List.of(new CheckConstraint("cards_position_positive", CheckKind.POSITIVE, List.of("position"), List.of(), List.of("R5")),
                        new CheckConstraint("cards_ease_range", CheckKind.VALUE_BETWEEN, List.of("ease"), List.of("1.3", ""), List.of("R9"))),
                List.of(index("cards_deck_id_idx", "deck_id"),
                        new Index("cards_front_fts_idx", List.of(IndexColumn.asc("front")), false, IndexMethod.FULLTEXT, IndexPredicate.NONE, "search", List.of("R8"))),
                true, crud("cards", "authenticated", PolicyRule.parentOwner("deck_id", "decks", "id", "user_id")), List.of("R5"));
        Table tags = new Table("tags", TableKind.LOOKUP, "", List.of(identityKey(), col("label", ColumnType.varchar(40), false, "", "R10")),
                List.of("id"), List.of(), List.of(new UniqueConstraint("tags_label_key", List.of("label"), List.of())),
                List.of(new CheckConstraint("tags_label_kind", CheckKind.IN_VALUES, List.of("label"), List.of("hard", "easy", "it's"), List.of())),
                List.of(), false, List.of(), List.of("R10"));
        Table cardTags = new Table("card_tags", TableKind.JOIN, "Cards carry many tags; a tag marks many cards.",
                List.of(col("card_id", UUID, false, "", "R10"), col("tag_id", BIGINT, true, "Nullable in the model, required as a key.", "R10"),
                        createdAt()),
                List.of("tag_id", "card_id"),
                List.of(fk("card_tags_card_id_fkey", "card_id", "cards", FkAction.CASCADE, "R10"),
                        fk("card_tags_tag_id_fkey", "tag_id", "tags", FkAction.RESTRICT, "R10")),
                List.of(), List.of(), List.of(index("card_tags_card_id_idx", "card_id"), index("card_tags_tag_id_idx", "tag_id")),
                true, crud("card_tags", "authenticated", PolicyRule.authenticated()),
                List.of("R10"));
        return new SchemaModel("study-cards", "Study cards", "Users keep decks of flashcards and tag them.",
                new TargetStack("PostgreSQL (Supabase)", AuthProvider.SUPABASE, KeyStrategy.UUID, "Prisma"),
                List.of(new EnumType("deck_visibility", List.of("private", "public"), List.of("R4"))),
                List.of(cards, cardTags, decks, profiles, categories, tags),
                List.of(new Relationship("decks", "cards", Cardinality.ONE_TO_MANY, null, false, "contains", List.of("R5")),
                        new Relationship("categories", "categories", Cardinality.ONE_TO_MANY, null, true, "nests", List.of("R7")),
                        new Relationship("categories", "decks", Cardinality.ONE_TO_MANY, null, true, "classifies", List.of("R7")),
                        new Relationship("cards", "tags", Cardinality.MANY_TO_MANY, "card_tags", true, "tagged with", List.of("R10"))),
                List.of(new Decision("D1", "primary keys", "uuid with gen_random_uuid()", "bigint identity",
                        "ids appear in URLs and are created offline", List.of("R3"))),
                List.of(new OpenQuestion("Q1", "Can a card belong to more than one deck?", "No: a card belongs to exactly one deck.", List.of("R5")),
                        new OpenQuestion("q-shared-category", "Are categories shared by all users, or does each user keep their own?",
                                "Shared reference data: readable by every signed-in user, written by the service role.", List.of("R7"),
                                "Each user keeps their own: categories.user_id names the owner.", List.of("clarifications.md#L3"))),
                List.of());
    }

    /**
     * Application-owned users with identity keys and hostile names: reserved words, a quote and a semicolon, non-ASCII,
     * an over-long name, an FK cycle between "order" and invoice, tenant-membership policies, a tenant its creator reads
     * before joining it, and rows under an order readable by the order's readers.
     */
    public static SchemaModel hostileApplication() {
        String hostile = "weird\"; DROP TABLE x; --";
        String longName = "a_table_name_that_is_much_longer_than_sixty_three_bytes_in_postgresql_terms";
        Table user = new Table("user", TableKind.ENTITY, "People who sign in.\nSecond line; -- not SQL",
                List.of(identityKey(), col("email", ColumnType.varchar(254), false, "", "R1"),
                        col("class", TEXT, true, "Python keyword as a column.", "R1"),
                        col("metadata", ColumnType.of(TypeKind.JSON), true, "Reserved in SQLAlchemy.", "R1"),
                        createdAt(), updatedAt()),
                List.of("id"), List.of(), List.of(new UniqueConstraint("user_email_key", List.of("email"), List.of("R1"))),
                List.of(), List.of(), true, List.of(policy("user", PolicyCommand.SELECT, "app_user", PolicyRule.owner("id")),
                policy("user", PolicyCommand.INSERT, "app_user", new PolicyRule(PolicyRuleKind.DENY, null, null, null, null)),
                policy("user", PolicyCommand.UPDATE, "app_user", PolicyRule.owner("id")),
                policy("user", PolicyCommand.DELETE, "app_user", new PolicyRule(PolicyRuleKind.DENY, null, null, null, null))),
                List.of("R1"));
        PolicyRule byCreator = PolicyRule.owner("created_by");
        Table group = new Table("group", TableKind.ENTITY, "A tenant; any user creates one and joins it as owner.",
                List.of(identityKey(), col("select", TEXT, false, "Reserved word.", "R2"), col("created_by", BIGINT, true, "Its creator.", "R2")),
                List.of("id"), List.of(fk("group_created_by_fkey", "created_by", "user", FkAction.SET_NULL, "R2")), List.of(), List.of(),
                List.of(index("group_created_by_idx", "created_by")), true,
                List.of(policy("group", PolicyCommand.SELECT, "app_user", PolicyRule.tenantMember("id", "group_members", "group_id", "user_id").orOwner("created_by")),
                        policy("group", PolicyCommand.INSERT, "app_user", byCreator), policy("group", PolicyCommand.UPDATE, "app_user", byCreator),
                        policy("group", PolicyCommand.DELETE, "app_user", byCreator)),
                List.of("R2"));
        Table membership = new Table("group_members", TableKind.JOIN, "", List.of(col("group_id", BIGINT, false, "", "R2"), col("user_id", BIGINT, false, "", "R2"),
                new Column("role", ColumnType.enumOf("member role"), false, DefaultValue.enumValue("it's \"member\""), false, "", List.of("R2"))),
                List.of("group_id", "user_id"),
                List.of(fk("group_members_group_id_fkey", "group_id", "group", FkAction.CASCADE, "R2"),
                        fk("group_members_user_id_fkey", "user_id", "user", FkAction.CASCADE, "R2")),
                List.of(), List.of(), List.of(index("group_members_user_id_idx", "user_id")), false, List.of(), List.of("R2"));
        PolicyRule tenant = new PolicyRule(PolicyRuleKind.TENANT_MEMBER, "group_id", "group_members", "group_id", "user_id");
        Table order = new Table("order", TableKind.ENTITY, "An order placed by a user in a group.",
                List.of(identityKey(), col("user_id", BIGINT, false, "", "R3"), col("group_id", BIGINT, false, "", "R3"),
                        col("invoice_id", BIGINT, true, "The invoice once issued (cycle with invoice).", "R4"),
                        col("from", ColumnType.of(TypeKind.DATE), true, "Python keyword.", "R3"),
                        col("to", ColumnType.of(TypeKind.DATE), true, "", "R3"),
                        new Column("amount", ColumnType.numeric(12, 2), false, DefaultValue.number("0"), false, "", List.of("R3")),
                        col("note", ColumnType.varchar(500), true, "", "R3"),
                        col("handled_by", BIGINT, true, "A second FK to user (ambiguous relation).", "R3"),
                        col("deleted_at", TS, true, ""), createdAt()),
                List.of("id"),
                List.of(fk("order_user_id_fkey", "user_id", "user", FkAction.RESTRICT, "R3"),
                        fk("order_group_id_fkey", "group_id", "group", FkAction.CASCADE, "R3"),
                        fk("order_invoice_id_fkey", "invoice_id", "invoice", FkAction.SET_NULL, "R4"),
                        fk("order_handled_by_fkey", "handled_by", "user", FkAction.SET_NULL, "R3")),
                List.of(),
                List.of(new CheckConstraint("order_amount_non_negative", CheckKind.NON_NEGATIVE, List.of("amount"), List.of(), List.of("R3")),
                        new CheckConstraint("order_note_length", CheckKind.LENGTH_BETWEEN, List.of("note"), List.of("", "500"), List.of("R3"))),
                List.of(index("order_user_id_idx", "user_id"), index("order_group_id_idx", "group_id"), index("order_invoice_id_idx", "invoice_id"),
                        index("order_handled_by_idx", "handled_by"),
                        new Index("order_live_idx", List.of(IndexColumn.asc("group_id")), false, IndexMethod.BTREE, IndexPredicate.NOT_DELETED, "", List.of()),
                        new Index("order_note_trgm_idx", List.of(IndexColumn.asc("note")), false, IndexMethod.TRIGRAM, IndexPredicate.FIRST_NOT_NULL, "", List.of())),
                true, crud("order", "app_user", tenant), List.of("R3"));
        Table invoice = new Table("invoice", TableKind.ENTITY, "", List.of(identityKey(), col("order_id", BIGINT, false, "", "R4"),
                col("number", ColumnType.varchar(30), false, "", "R4")),
                List.of("id"), List.of(fk("invoice_order_id_fkey", "order_id", "order", FkAction.CASCADE, "R4")),
                List.of(new UniqueConstraint("invoice_order_id_key", List.of("order_id"), List.of("R4"))), List.of(),
                List.of(index("invoice_order_id_idx", "order_id")), true,
                crud("invoice", "app_user", PolicyRule.parentOwner("order_id", "order", "id", "user_id")), List.of("R4"));
        Table odd = new Table(hostile, TableKind.LOG, "Name with a quote and a semicolon.",
                List.of(identityKey(), col("user_id", BIGINT, true, "", "R5"), col("naïve \"value\"", TEXT, true, "Non-ASCII column.", "R5"),
                        col("1st", ColumnType.of(TypeKind.BOOLEAN), false, "Starts with a digit.", "R5")),
                List.of("id"), List.of(fk("weird_user_fkey", "user_id", "user", FkAction.SET_NULL, "R5")), List.of(), List.of(),
                List.of(index("weird_user_idx", "user_id")), false, List.of(), List.of("R5"));
        Table cafe = new Table("café_commandes", TableKind.ENTITY, "Non-ASCII table name.",
                List.of(identityKey(), col("order_id", BIGINT, false, "", "R6"), col("données", ColumnType.of(TypeKind.BYTES), true, "", "R6"),
                        col("durée", ColumnType.of(TypeKind.INTERVAL), true, "", "R6"), col("heure", ColumnType.of(TypeKind.TIME), true, "", "R6"),
                        col("small", ColumnType.of(TypeKind.SMALLINT), true, "", "R6")),
                List.of("id"), List.of(fk("café_commandes_order_id_fkey", "order_id", "order", FkAction.NO_ACTION, "R6")), List.of(), List.of(),
                List.of(index("café_commandes_order_id_idx", "order_id")), true,
                crud("café_commandes", "app_user", PolicyRule.parentAccess("order_id", "order", "id")), List.of("R6"));
        Table longT = new Table(longName, TableKind.CHILD, "", List.of(identityKey(), col("group_id", BIGINT, false, "", "R7")),
                List.of("id"), List.of(fk(longName + "_group_id_fkey", "group_id", "group", FkAction.CASCADE, "R7")), List.of(), List.of(),
                List.of(index(longName + "_group_id_idx", "group_id")), false, List.of(), List.of("R7"));
        return new SchemaModel("hostile-shop", "Hostile shop", "Names chosen to break generators.",
                new TargetStack("PostgreSQL", AuthProvider.APPLICATION, KeyStrategy.IDENTITY, "SQLModel"),
                List.of(new EnumType("member role", List.of("owner", "it's \"member\""), List.of("R2"))),
                List.of(user, group, membership, order, invoice, odd, cafe, longT),
                List.of(new Relationship("user", "group", Cardinality.MANY_TO_MANY, "group_members", false, "belongs to", List.of("R2")),
                        new Relationship("order", "invoice", Cardinality.ONE_TO_ONE, null, true, "billed by", List.of("R4"))),
                List.of(), List.of(), List.of());
    }

    /**
     * Composite keys all the way: a composite primary key referenced by a composite foreign key, a log table without
     * a primary key, a JSON GIN index, application auth with uuid keys and no policies.
     */
    public static SchemaModel compositeNotes() {
        Table notes = new Table("notes", TableKind.ENTITY, "A note.", List.of(uuidKey(), col("title", TEXT, false, "", "N1"),
                new Column("body", ColumnType.of(TypeKind.JSON), false, DefaultValue.of(DefaultKind.EMPTY_JSON_OBJECT), false, "", List.of("N1")),
                new Column("labels", ColumnType.of(TypeKind.JSON), false, DefaultValue.of(DefaultKind.EMPTY_ARRAY), false, "", List.of("N1")),
                col("author_email", TEXT, true, "", "N1"), createdAt(), updatedAt()),
                List.of("id"), List.of(), List.of(),
                List.of(new CheckConstraint("notes_author_email_format", CheckKind.EMAIL_FORMAT, List.of("author_email"), List.of(), List.of("N1")),
                        new CheckConstraint("notes_title_length", CheckKind.LENGTH_BETWEEN, List.of("title"), List.of("1", ""), List.of("N1"))),
                List.of(new Index("notes_body_gin_idx", List.of(IndexColumn.asc("body")), false, IndexMethod.GIN, IndexPredicate.NONE, "filter by body keys", List.of("N1")),
                        new Index("notes_created_at_idx", List.of(IndexColumn.desc("created_at")), false, IndexMethod.BTREE, IndexPredicate.NONE, "newest first", List.of("N2"))),
                false, List.of(), List.of("N1"));
        Table versions = new Table("note_versions", TableKind.CHILD, "Each saved version of a note.",
                List.of(col("note_id", UUID, false, "", "N3"), col("version", ColumnType.of(TypeKind.INTEGER), false, "", "N3"),
                        col("content", TEXT, false, "", "N3"), col("saved_on", ColumnType.of(TypeKind.DATE), false, "", "N3")),
                List.of("note_id", "version"), List.of(fk("note_versions_note_id_fkey", "note_id", "notes", FkAction.CASCADE, "N3")), List.of(),
                List.of(new CheckConstraint("note_versions_version_positive", CheckKind.POSITIVE, List.of("version"), List.of(), List.of("N3"))),
                List.of(), false, List.of(), List.of("N3"));
        Table comments = new Table("version_comments", TableKind.CHILD, "Comments on one version.",
                List.of(uuidKey(), col("note_id", UUID, false, "", "N4"), col("version", ColumnType.of(TypeKind.INTEGER), false, "", "N4"),
                        col("reply_to_id", UUID, true, "", "N4"), col("text", TEXT, false, "", "N4")),
                List.of("id"),
                List.of(new ForeignKey("version_comments_version_fkey", List.of("note_id", "version"), null, "note_versions", List.of("note_id", "version"),
                                FkAction.CASCADE, "comments go with their version", List.of("N4")),
                        fk("version_comments_reply_to_id_fkey", "reply_to_id", "version_comments", FkAction.CASCADE, "N4")),
                List.of(), List.of(),
                List.of(new Index("version_comments_version_idx", List.of(IndexColumn.asc("note_id"), IndexColumn.asc("version")), false,
                                IndexMethod.BTREE, IndexPredicate.NONE, "", List.of()),
                        new Index("version_comments_reply_to_id_idx", List.of(IndexColumn.asc("reply_to_id")), false, IndexMethod.BTREE,
                                IndexPredicate.FIRST_NOT_NULL, "", List.of())),
                false, List.of(), List.of("N4"));
        Table events = new Table("note_events", TableKind.LOG, "Append-only audit trail (no key).",
                List.of(col("note_id", UUID, true, "", "N5"), col("kind", ColumnType.varchar(20), false, "", "N5"),
                        new Column("at", TS, false, DefaultValue.of(DefaultKind.NOW), false, "", List.of("N5"))),
                List.of(), List.of(fk("note_events_note_id_fkey", "note_id", "notes", FkAction.SET_NULL, "N5")), List.of(),
                List.of(new CheckConstraint("note_events_kind_values", CheckKind.IN_VALUES, List.of("kind"), List.of("created", "edited"), List.of("N5"))),
                List.of(index("note_events_note_id_idx", "note_id")), false, List.of(), List.of("N5"));
        return new SchemaModel("composite-notes", "Composite notes", "", new TargetStack(null, AuthProvider.APPLICATION, KeyStrategy.UUID, null),
                List.of(), List.of(notes, versions, comments, events),
                List.of(new Relationship("notes", "note_versions", Cardinality.ONE_TO_MANY, null, false, "has versions", List.of("N3"))),
                List.of(new Decision("D1", "version key", "composite (note_id, version)", "surrogate uuid", "versions are addressed by number", List.of("N3"))),
                List.of(new OpenQuestion("Q1", "Should deleted notes keep their audit trail?", "Yes: events keep a NULL note_id.", List.of("N5"))),
                List.of());
    }

    public static List<SchemaModel> all() {
        return List.of(supabaseStudy(), hostileApplication(), compositeNotes());
    }
}
