package dev.schemawright.versions.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.versions.VersionPairs;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SchemaDifferTest {
    private final SchemaDiffer differ = new SchemaDiffer(true);

    private static SchemaModel withTable(SchemaModel m, String name, UnaryOperator<Table> change) {
        return m.withTables(m.tables().stream().map(t -> t.name().equals(name) ? change.apply(t) : t).toList());
    }

    private static List<String> kinds(SchemaDiff d) {
        return d.changes().stream().map(c -> c.kind() + " " + c.element()).toList();
    }

    @Test
    void aModelAgainstItselfHasNoChanges() {
        assertThat(differ.diff(VersionPairs.cardsBefore(), VersionPairs.cardsBefore()).changes()).isEmpty();
    }

    @Test
    void aTableWithTheSameColumnsUnderANewNameIsARename() {
        SchemaModel a = VersionPairs.notesBefore();
        SchemaModel b = withTable(a, "notes", t -> t.withName("memos"));
        SchemaDiff d = differ.diff(a, b);
        assertThat(d.renames().tables()).singleElement().satisfies(r -> {
            assertThat(r.from()).isEqualTo("notes");
            assertThat(r.to()).isEqualTo("memos");
            assertThat(r.evidence()).startsWith("same columns id, author_id, title");
        });
        assertThat(kinds(d)).containsExactly("rename table table notes → memos");
        assertThat(d.destructive()).isEmpty();
    }

    @Test
    void withoutRenameDetectionARenameIsADropAndAnAdd() {
        SchemaModel a = VersionPairs.notesBefore();
        SchemaDiff d = new SchemaDiffer(false).diff(a, withTable(a, "notes", t -> t.withName("memos")));
        assertThat(kinds(d)).containsExactly("add table table memos", "drop table table notes");
        assertThat(d.destructive()).hasSize(1);
    }

    /** Both came from the same sentence, but one references decks and the other users: different things. */
    @Test
    void columnsFromOneSentenceThatReferenceDifferentTablesAreNoRename() {
        SchemaDiff d = differ.diff(VersionPairs.cardsBefore(), VersionPairs.cardsAfter());
        assertThat(d.renames().columns()).isEmpty();
        assertThat(kinds(d)).contains("add column column cards.user_id", "drop column column cards.deck_id");
    }

    @Test
    void aColumnRenameNeedsTheSameTypeAndTheSameRequirements() {
        SchemaModel a = VersionPairs.notesBefore();
        SchemaModel renamed = withTable(a, "notes", t -> t.withColumns(t.columns().stream().map(c -> c.name().equals("title") ? c.withName("heading") : c).toList()));
        assertThat(differ.diff(a, renamed).renames().columns()).extracting(Renames.ColumnRename::to).containsExactly("heading");

        SchemaModel retyped = withTable(a, "notes", t -> t.withColumns(t.columns().stream()
                .map(c -> c.name().equals("title") ? c.withName("heading").withType(ColumnType.of(TypeKind.TEXT)) : c).toList()));
        assertThat(differ.diff(a, retyped).renames().columns()).isEmpty();

        SchemaModel unsourced = withTable(a, "notes", t -> t.withColumns(t.columns().stream()
                .map(c -> c.name().equals("title") ? c.withName("heading").withSources(List.of()) : c).toList()));
        assertThat(differ.diff(a, unsourced).renames().columns()).isEmpty();
    }

    @Test
    void twoCandidatesForOneRenameMeanNoRename() {
        SchemaModel a = VersionPairs.notesBefore();
        SchemaModel b = withTable(a, "notes", t -> {
            List<Column> cols = new ArrayList<>(t.columns().stream().filter(c -> !c.name().equals("title")).toList());
            Column title = t.column("title").orElseThrow();
            cols.add(title.withName("heading"));
            cols.add(title.withName("caption"));
            return t.withColumns(cols).withChecks(List.of());
        });
        SchemaDiff d = differ.diff(a, b);
        assertThat(d.renames().columns()).isEmpty();
        assertThat(kinds(d)).contains("drop column column notes.title", "add column column notes.heading", "add column column notes.caption");
    }

    @Test
    void enumValuesAddedAreSafeRemovedAreDestructiveAndARenameNeedsTheSameValues() {
        SchemaModel a = VersionPairs.notesBefore();
        SchemaModel added = a.withEnums(List.of(new EnumType("status", List.of("draft", "review", "published", "archived"), List.of())));
        Change.ModifyEnum grow = (Change.ModifyEnum) differ.diff(a, added).changes().get(0);
        assertThat(grow.added()).containsExactly("review");
        assertThat(grow.risk()).isEqualTo(Change.Risk.NONE);

        SchemaModel removed = a.withEnums(List.of(new EnumType("status", List.of("draft", "archived"), List.of())));
        Change.ModifyEnum shrink = (Change.ModifyEnum) differ.diff(a, removed).changes().get(0);
        assertThat(shrink.removed()).containsExactly("published");
        assertThat(shrink.destructive()).isTrue();

        SchemaModel reordered = a.withEnums(List.of(new EnumType("status", List.of("archived", "draft", "published"), List.of())));
        Change.ModifyEnum moved = (Change.ModifyEnum) differ.diff(a, reordered).changes().get(0);
        assertThat(moved.reordered()).isTrue();
        assertThat(moved.destructive()).isFalse();
    }

    @Test
    void theReadmeExampleGivesItsChangesWithTheirRequirementsAndRisks() {
        SchemaDiff d = differ.diff(VersionPairs.cardsBefore(), VersionPairs.cardsAfter());
        assertThat(d.destructive()).extracting(Change::element).containsExactly("column cards.deck_id", "column tags.user_id");
        assertThat(d.changes()).filteredOn(c -> c instanceof Change.AddTable).singleElement()
                .satisfies(c -> assertThat(c.sources()).containsExactly("prd.md#L6", "clarifications.md#L3"));
        assertThat(d.changes()).filteredOn(c -> c instanceof Change.ModifyEnum).singleElement()
                .satisfies(c -> assertThat(c.detail()).isEqualTo("add 'expert'"));
    }
}
