package dev.schemawright.versions.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.versions.Migration;
import dev.schemawright.versions.SchemaMigrator;
import dev.schemawright.versions.VersionPairs;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectiveTargetTest {
    private final SchemaMigrator migrator = new SchemaMigrator();

    @Test
    void refusingKeepsDroppedColumnsNullableOldTypesAndEnumValues() {
        Migration cards = migrator.plan(VersionPairs.cardsBefore(), VersionPairs.cardsAfter(), MigrationOptions.defaults());
        assertThat(cards.complete()).isFalse();
        Column kept = cards.target().table("cards").flatMap(t -> t.column("deck_id")).orElseThrow();
        assertThat(kept.nullable()).isTrue();
        assertThat(cards.target().table("cards").orElseThrow().foreignKeys()).extracting(ForeignKey::name).containsExactly("card_user_id_fkey");

        Migration notes = migrator.plan(VersionPairs.notesBefore(), VersionPairs.notesAfter(), MigrationOptions.defaults());
        assertThat(notes.target().enumType("memo_status").orElseThrow().values()).containsExactly("draft", "published", "archived");
        assertThat(notes.target().table("users").flatMap(t -> t.column("email")).orElseThrow().type().length()).isEqualTo(320);
    }

    @Test
    void allowingGoesToTheNewModel() {
        Migration m = migrator.plan(VersionPairs.notesBefore(), VersionPairs.notesAfter(), MigrationOptions.defaults().withAllowDestructive(true));
        assertThat(m.complete()).isTrue();
        assertThat(m.target()).isEqualTo(m.diff().to());
    }

    @Test
    void mergedEnumValuesKeepTheOldOrderAndPlaceNewOnesAfterTheirNeighbour() {
        assertThat(EffectiveTarget.merged(List.of("a", "b", "c"), List.of("a", "x", "c", "y"))).containsExactly("a", "x", "b", "c", "y");
        assertThat(EffectiveTarget.merged(List.of("a", "b"), List.of("z", "b"))).containsExactly("z", "a", "b");
    }

    @Test
    void aBrokenModelFailsLoudly() {
        SchemaModel broken = VersionPairs.notesAfter().withTables(VersionPairs.notesAfter().tables().stream()
                .map(t -> t.withForeignKeys(t.foreignKeys().stream().map(fk -> fk.withRefTable("ghosts")).toList())).toList());
        Migration m = migrator.plan(VersionPairs.notesBefore(), broken, MigrationOptions.defaults().withAllowDestructive(true));
        assertThatThrownBy(() -> migrator.render(m)).isInstanceOf(IllegalStateException.class).hasMessageContaining("unsupported");
    }
}
