package dev.schemawright.modeling.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.CheckKind;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.ModelText;
import dev.schemawright.modeling.Models;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden before -> after tests, one or more per normalization pass, with the trail each change leaves. */
class NormalizePassesTest {
    private static final String R1 = "prd.md#L1";

    private static Column text(String name) {
        return Column.of(name, ColumnType.of(TypeKind.TEXT), true).withSources(List.of(R1));
    }

    /** A column read from the second PRD line. */
    private static Column fromL2(String name) {
        return text(name).withSources(List.of("prd.md#L2"));
    }

    private static Table entity(String name, Column... columns) {
        return Table.of(name, TableKind.ENTITY, List.of(columns), List.of());
    }

    private static SchemaModel model(Table... tables) {
        return Models.empty(AuthProvider.SUPABASE).withTables(List.of(tables));
    }

    /** The pass applied to the model, with the given PRD lines as the run's requirements (prd.md#L1, #L2, ...). */
    private static String after(DesignPass pass, SchemaModel before, String... prd) {
        return ModelText.of(pass.apply(Models.context(before, Models.lines("prd.md", DocumentRole.PRD, prd))));
    }

    @Test
    void manyToManyBecomesJoinTableWithCompositeKey() {
        SchemaModel before = model(Models.entity("prompt", "name"), Models.entity("tag", "name")).withRelationships(List.of(Models.manyToMany("prompt", "tag")));
        assertThat(after(new ManyToManyPass(), before)).isEqualTo("""
                table prompt entity pk[]
                  name text
                table tag entity pk[]
                  name text
                table prompt_tag join pk[prompt_id, tag_id]
                  prompt_id uuid not null
                  tag_id uuid not null
                  fk [prompt_id] -> prompt[id] on delete cascade
                  fk [tag_id] -> tag[id] on delete cascade
                rel prompt -> tag many_to_many via prompt_tag
                decision normalize-many-to-many-prompt_tags [r2]
                  prompts and tags: Join table prompt_tags: one row per linked pair, composite primary key, deleted with either side
                  instead of: A list of tags in a column of prompts (no referential integrity, no per-link data)
                  why: A prompt has several tags and a tag is used by several prompts (categorized by)
                """);
    }

    @Test
    void transitiveLinkFromProseIsDropped() {
        SchemaModel before = model(Models.entity("book"), Models.entity("chapter"), Models.entity("note"))
                .withRelationships(List.of(Models.oneToMany("book", "chapter"), Models.oneToMany("chapter", "note"), Models.oneToMany("book", "note")));
        assertThat(after(new TransitiveLinkPass(), before)).isEqualTo("""
                table book entity pk[]
                table chapter entity pk[]
                table note entity pk[]
                rel book -> chapter one_to_many
                rel chapter -> note one_to_many
                decision normalize-transitive-notes-books [r1]
                  notes and books: No direct link from notes to books: a note reaches its book through its chapter
                  instead of: A second path notes.book_id that can disagree with the chapter's book
                  why: The book of a note is a fact about its chapter (3NF)
                """);
    }

    @Test
    void twoLinksThatEachLookRedundantThroughACycleDoNotBothGo() {
        // a -> x -> b -> y -> a is a cycle: a -> c is redundant through b -> c, and b -> c through a -> c; one must stay
        SchemaModel before = model(Models.entity("a"), Models.entity("b"), Models.entity("c"), Models.entity("x"), Models.entity("y"))
                .withRelationships(List.of(Models.oneToMany("a", "x"), Models.oneToMany("x", "b"), Models.oneToMany("b", "y"), Models.oneToMany("y", "a"),
                        Models.oneToMany("a", "c"), Models.oneToMany("b", "c")));
        SchemaModel after = new TransitiveLinkPass().apply(Models.context(before));
        assertThat(after.relationships()).extracting(r -> r.from() + ">" + r.to()).containsExactly("a>x", "x>b", "b>y", "y>a", "b>c");
        assertThat(new TransitiveLinkPass().apply(Models.context(after))).isEqualTo(after);
    }

    @Test
    void listedValuesBecomeAnEnumType() {
        SchemaModel before = model(Models.entity("book", "title", "status").withChecks(List.of(new CheckConstraint("book_status_check", CheckKind.IN_VALUES,
                List.of("status"), List.of("want_to_read", "reading", "completed"), List.of("r3")))));
        assertThat(after(new EnumerationPass(), before)).isEqualTo("""
                enum book_status [want_to_read, reading, completed]
                table book entity pk[]
                  title text
                  status book_status
                decision normalize-enumeration-books-status [r3]
                  values of books.status: Enum type book_status (want_to_read, reading, completed)
                  instead of: Free text (any spelling) or a lookup table (values edited as data)
                  why: The documents list the allowed values
                """);
    }

    @Test
    void logLikeNamesAreAppendOnly() {
        SchemaModel before = model(Models.entity("habit_log").withSources(List.of("r4")), Models.entity("habit"));
        assertThat(after(new LogTablePass(), before)).isEqualTo("""
                table habit_log log pk[]
                table habit entity pk[]
                decision normalize-append-only-habit_logs [r4]
                  habit logs: habit_logs is append-only: rows are inserted, never updated (created_at, no updated_at)
                  instead of: Rows updated in place, losing what happened before
                  why: Its name says it records what happened (log)
                """);
    }

    @Test
    void nounsWithNothingToStoreAreNotTables() {
        SchemaModel before = model(Models.entity("habit", "name"), Models.entity("reminder").withSources(List.of("r5")),
                Models.entity("streak").withSources(List.of("r6")), Models.entity("goal")).withRelationships(List.of(Models.oneToMany("habit", "goal")));
        assertThat(after(new WeakEntityPass(), before)).isEqualTo("""
                table habit entity pk[]
                  name text
                table goal entity pk[]
                rel habit -> goal one_to_many
                decision normalize-not-a-table-reminder-streak [r5, r6]
                  nouns that are not tables: No table for reminders, streaks: mentioned, but nothing is stored about them
                  instead of: A table per mentioned noun, holding nothing but a key
                  why: The documents give them no fields, no links to other data and little weight
                """);
    }

    @Test
    void numberedRepeatingGroupBecomesAnOrderedChildTable() {
        SchemaModel before = model(entity("contact", text("name"), text("phone1"), text("phone2"), text("phone3")));
        assertThat(after(new MultiValuedAttributePass(), before)).isEqualTo("""
                table contact entity pk[]
                  name text
                table contact_phone child pk[]
                  contact_id uuid not null
                  phone text not null
                  position integer not null
                  fk [contact_id] -> contact[id] on delete cascade
                  unique [contact_id, position]
                rel contact -> contact_phone one_to_many
                decision normalize-multi-valued-contacts-phone [prd.md#L1]
                  phones of a contact: One row per phone in contact_phones (contact_id, phone, position unique per contact), deleted with its contact
                  instead of: Numbered columns phone1, phone2, phone3 on contacts: a fixed number of slots, empty columns, and every query checks each one
                  why: The numbered columns phone1, phone2, phone3 repeat one attribute
                """);
    }

    @Test
    void pluralColumnTheTextListsBecomesAChildTableButTagsJsonAndUnlistedPluralsStay() {
        SchemaModel before = model(entity("listing", text("title"), text("photos"), text("notes"), text("tags"),
                Column.of("preferences", ColumnType.of(TypeKind.JSON), true)));
        assertThat(after(new MultiValuedAttributePass(), before, "Hosts can upload up to 10 photos for each listing and add multiple tags.")).isEqualTo("""
                table listing entity pk[]
                  title text
                  notes text
                  tags text
                  preferences json
                table listing_photo child pk[]
                  listing_id uuid not null
                  photo text not null
                  fk [listing_id] -> listing[id] on delete cascade
                rel listing -> listing_photo one_to_many
                decision normalize-multi-valued-listings-photos [prd.md#L1]
                  photos of a listing: One row per photo in listing_photos (listing_id, photo), deleted with its listing
                  instead of: A list packed into listings.photos: its items cannot be queried, validated or changed one by one
                  why: The documents speak of "up to 10 photos"
                """);
    }

    @Test
    void pluralColumnAPlanTypesAsTextStays() {
        SchemaModel before = model(entity("recipe", text("title"), text("ingredients")));
        List<Requirement> reqs = new ArrayList<>(Models.lines("prd.md", DocumentRole.PRD,
                "Each recipe has a list of ingredients."));
        reqs.addAll(Models.lines("db-planning-notes.md", DocumentRole.PLANNING_NOTES, "- `recipes` (id, title, ingredients TEXT)"));
        assertThat(ModelText.of(new MultiValuedAttributePass().apply(Models.context(before, reqs)))).isEqualTo(ModelText.of(before));
        assertThat(after(new MultiValuedAttributePass(), before, "Each recipe has a list of ingredients.")).contains("table recipe_ingredient child");
    }

    @Test
    void itemsInOrderGetAPositionUniquePerOwner() {
        SchemaModel before = model(entity("recipe", text("title"), text("steps")));
        assertThat(after(new MultiValuedAttributePass(), before, "Each recipe shows its steps in order.")).isEqualTo("""
                table recipe entity pk[]
                  title text
                table recipe_step child pk[]
                  recipe_id uuid not null
                  step text not null
                  position integer not null
                  fk [recipe_id] -> recipe[id] on delete cascade
                  unique [recipe_id, position]
                rel recipe -> recipe_step one_to_many
                decision normalize-multi-valued-recipes-steps [prd.md#L1]
                  steps of a recipe: One row per step in recipe_steps (recipe_id, step, position unique per recipe), deleted with its recipe
                  instead of: A list packed into recipes.steps: its items cannot be queried, validated or changed one by one
                  why: The documents speak of "steps in order"
                """);
    }

    @Test
    void listOfAThingThatHasATableLinksToItInsteadOfDuplicatingIt() {
        SchemaModel before = model(entity("recipe", text("title"), text("preparation_steps")), entity("step", text("instruction")));
        assertThat(after(new MultiValuedAttributePass(), before)).isEqualTo("""
                table recipe entity pk[]
                  title text
                table step entity pk[]
                  instruction text
                rel recipe -> step one_to_many
                decision normalize-multi-valued-recipes-preparation_steps [prd.md#L1]
                  preparation steps of a recipe: Rows of steps instead of a column recipes.preparation_steps, each belonging to its recipe
                  instead of: Keeping the list in recipes.preparation_steps next to steps (two copies that drift apart)
                  why: A table for steps exists already
                """);
    }

    @Test
    void arrayColumnsBecomeChildTablesUnlessKeptAsArraysOnPurpose() {
        SchemaModel before = model(entity("person", text("name"), Column.of("aliases", ColumnType.of(TypeKind.TEXT).asArray(), true).withSources(List.of("prd.md#L2")),
                Column.of("emails", ColumnType.of(TypeKind.TEXT).asArray(), true).withSources(List.of(R1))));
        assertThat(after(new MultiValuedAttributePass(), before, "People have a name and emails.", "Aliases are stored as an array for simplicity.")).isEqualTo("""
                table person entity pk[]
                  name text
                  aliases text[]
                table person_email child pk[]
                  person_id uuid not null
                  email text not null
                  fk [person_id] -> person[id] on delete cascade
                rel person -> person_email one_to_many
                decision normalize-multi-valued-people-emails [prd.md#L1]
                  emails of a person: One row per email in person_emails (person_id, email), deleted with its person
                  instead of: A list packed into people.emails: its items cannot be queried, validated or changed one by one
                  why: It was declared as an array
                """);
    }

    @Test
    void prefixedGroupDescribingAnotherNounIsSplitIntoItsOwnTable() {
        SchemaModel before = model(entity("book", text("title"), text("author_name"), text("author_bio"), text("author_website")));
        assertThat(after(new AttributeGroupPass(), before, "Readers browse books by author.", "Each author can have many books.",
                "The author page shows the bio.")).isEqualTo("""
                table book entity pk[]
                  title text
                  author_id uuid
                  fk [author_id] -> author[id] on delete set_null
                table author entity pk[]
                  name text
                  bio text
                  website text
                rel author -> book one_to_many
                decision normalize-attribute-group-books-author [prd.md#L1]
                  author details on a book: A new table authors; books.author_name, author_bio, author_website become columns of authors, and books refers to it by author_id (ON DELETE SET NULL)
                  instead of: Keeping author_name, author_bio, author_website on every book row: the same author is copied into each and updates must find every copy
                  why: The documents speak of the author as a thing of its own, and these columns describe it (name, bio, website)
                """);
    }

    @Test
    void prefixedGroupMovesIntoTheTableThatAlreadyHoldsTheThing() {
        SchemaModel before = model(entity("card", text("name"), Column.of("set_id", ColumnType.of(TypeKind.UUID), false), text("set_name"),
                Column.of("set_code", ColumnType.of(TypeKind.TEXT), false)), entity("set", text("name")));
        assertThat(after(new AttributeGroupPass(), before)).isEqualTo("""
                table card entity pk[]
                  name text
                  set_id uuid not null
                  fk [set_id] -> set[id] on delete restrict
                table set entity pk[]
                  name text
                  code text not null
                rel set -> card one_to_many
                decision normalize-attribute-group-cards-set [prd.md#L1]
                  set details on a card: cards.set_name, set_code become columns of sets, and cards refers to it by set_id (ON DELETE RESTRICT)
                  instead of: Keeping set_name, set_code on every card row: the same set is copied into each and updates must find every copy
                  why: The set columns repeat what sets stores
                """);
    }

    @Test
    void copiesOfTheOwnersDetailsGoAndTheOwnershipStays() {
        SchemaModel before = model(entity("author", text("name")), entity("post", text("title"), text("author_name"), text("author_bio")))
                .withRelationships(List.of(Models.oneToMany("author", "post")));
        assertThat(after(new AttributeGroupPass(), before)).isEqualTo("""
                table author entity pk[]
                  name text
                  bio text
                table post entity pk[]
                  title text
                rel author -> post one_to_many
                decision normalize-attribute-group-posts-author [prd.md#L1]
                  author details on a post: posts.author_name, author_bio become columns of authors, and posts already links to it
                  instead of: Keeping author_name, author_bio on every post row: the same author is copied into each and updates must find every copy
                  why: The author columns repeat what authors stores
                """);
    }

    @Test
    void addressPartsSingleColumnsSnapshotsCountsAndChildrenStayInline() {
        SchemaModel before = model(entity("customer", fromL2("name"), fromL2("billing_street"), fromL2("billing_city"), fromL2("billing_zip")),
                entity("card", fromL2("name"), Column.of("set_id", ColumnType.of(TypeKind.UUID), false), fromL2("set_name")), entity("set", fromL2("name")),
                entity("order", text("customer_name"), text("customer_email")),
                entity("book", fromL2("chapter_title"), fromL2("chapter_summary"), fromL2("author_name"), fromL2("author_count")),
                entity("chapter", fromL2("title")), entity("author", fromL2("name"))).withRelationships(List.of(Models.oneToMany("book", "chapter")));
        String unchanged = ModelText.of(before);
        assertThat(after(new AttributeGroupPass(), before, "Orders keep a snapshot of the customer name and email at the time of purchase.",
                "Customers have many orders.")).isEqualTo(unchanged);
    }

    @Test
    void tablesTheTextCallsTheSameAreMergedAndReferencesFollow() {
        Table card = entity("card", text("front"), Column.of("collection_id", ColumnType.of(TypeKind.UUID), false)).withForeignKeys(List.of(
                new ForeignKey("card_collection_id_fkey", List.of("collection_id"), null, "collection", List.of("id"), FkAction.CASCADE, "", List.of())));
        SchemaModel before = model(entity("deck", text("name")), entity("collection", text("description")), card)
                .withRelationships(List.of(Models.oneToMany("collection", "card")));
        assertThat(after(new DuplicateEntityPass(), before, "Decks (also called collections) hold cards.")).isEqualTo("""
                table deck entity pk[]
                  name text
                  description text
                table card entity pk[]
                  front text
                  deck_id uuid not null
                  fk [deck_id] -> deck[id] on delete cascade
                rel deck -> card one_to_many
                decision normalize-duplicate-collections-decks [prd.md#L1]
                  collections and decks: One table decks: collections merged into it (columns, links and sources united)
                  instead of: Two tables decks and collections for one thing: rows split between them and facts that disagree
                  why: The documents call them the same: "decks (also called collections)"
                """);
    }

    @Test
    void namesThatDifferOnlyInFormOrByTheOwnersPrefixAreMerged() {
        SchemaModel before = model(entity("book", text("title")), entity("book_info", text("summary")), entity("recipe", text("title")),
                entity("recipe_step", text("instruction")), entity("step", text("duration"))).withRelationships(List.of(Models.oneToMany("recipe", "step")));
        assertThat(after(new DuplicateEntityPass(), before)).isEqualTo("""
                table book entity pk[]
                  title text
                  summary text
                table recipe entity pk[]
                  title text
                table recipe_step entity pk[]
                  instruction text
                  duration text
                rel recipe -> recipe_step one_to_many
                decision normalize-duplicate-book_infos-books []
                  book infos and books: One table books: book_infos merged into it (columns, links and sources united)
                  instead of: Two tables books and book_infos for one thing: rows split between them and facts that disagree
                  why: The names differ only in form (book / book_info)
                decision normalize-duplicate-steps-recipe_steps []
                  steps and recipe steps: One table recipe_steps: steps merged into it (columns, links and sources united)
                  instead of: Two tables recipe_steps and steps for one thing: rows split between them and facts that disagree
                  why: Both hold steps of recipes
                """);
    }

    @Test
    void slashListsAndLinkedTablesAreNotDuplicates() {
        SchemaModel before = model(entity("card", text("name")), entity("set", text("name")), entity("recipe"), entity("recipe_step"), entity("step"))
                .withRelationships(List.of(Models.oneToMany("recipe", "recipe_step"), Models.oneToMany("recipe_step", "step")));
        assertThat(after(new DuplicateEntityPass(), before, "Cached card/set data for offline viewing.", "Pick a card (or set) to start.")).isEqualTo(ModelText.of(before));
    }
}
