package dev.schemawright.modeling.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.CheckKind;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.modeling.ModelText;
import dev.schemawright.modeling.Models;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden before -> after tests, one per normalization pass. */
class NormalizePassesTest {

    @Test
    void manyToManyBecomesJoinTableWithCompositeKey() {
        SchemaModel before = Models.empty(AuthProvider.SUPABASE).withTables(List.of(Models.entity("prompt", "name"), Models.entity("tag", "name")))
                .withRelationships(List.of(Models.manyToMany("prompt", "tag")));
        SchemaModel after = new ManyToManyPass().apply(Models.context(before));
        assertThat(ModelText.of(after)).isEqualTo("""
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
                """);
    }

    @Test
    void transitiveLinkFromProseIsDropped() {
        SchemaModel before = Models.empty(AuthProvider.SUPABASE).withTables(List.of(Models.entity("book"), Models.entity("chapter"), Models.entity("note")))
                .withRelationships(List.of(Models.oneToMany("book", "chapter"), Models.oneToMany("chapter", "note"), Models.oneToMany("book", "note")));
        SchemaModel after = new TransitiveLinkPass().apply(Models.context(before));
        assertThat(after.relationships()).extracting(r -> r.from() + ">" + r.to()).containsExactly("book>chapter", "chapter>note");
    }

    @Test
    void listedValuesBecomeAnEnumType() {
        SchemaModel before = Models.empty(AuthProvider.SUPABASE).withTables(List.of(Models.entity("book", "title", "status")
                .withChecks(List.of(new CheckConstraint("book_status_check", CheckKind.IN_VALUES, List.of("status"), List.of("want_to_read", "reading", "completed"),
                        List.of("r3"))))));
        SchemaModel after = new EnumerationPass().apply(Models.context(before));
        assertThat(ModelText.of(after)).isEqualTo("""
                enum book_status [want_to_read, reading, completed]
                table book entity pk[]
                  title text
                  status book_status
                """);
    }

    @Test
    void logLikeNamesAreAppendOnly() {
        SchemaModel before = Models.empty(AuthProvider.SUPABASE).withTables(List.of(Models.entity("habit_log"), Models.entity("habit")));
        SchemaModel after = new LogTablePass().apply(Models.context(before));
        assertThat(after.tables()).extracting(t -> t.name() + ":" + t.kind()).containsExactly("habit_log:LOG", "habit:ENTITY");
    }
}
