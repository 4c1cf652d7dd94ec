package dev.schemawright.modeling.physical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.modeling.DesignProgram;
import dev.schemawright.modeling.ModelText;
import dev.schemawright.modeling.Models;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden before -> after tests for the physical passes, on a deck/card model. */
class PhysicalPassesTest {
    private static SchemaModel decks(AuthProvider auth) {
        return Models.empty(auth).withTables(List.of(Models.entity("deck", "name"), Models.entity("card", "front")))
                .withRelationships(List.of(Models.oneToMany("deck", "card")));
    }

    @Test
    void supabaseDesignOwnsRootsByAuthUsersAndChildrenThroughTheirParent() {
        SchemaModel after = DesignProgram.sequence(new UsersTablePass(), new ForeignKeyPass(), new OwnershipPass(), new KeyPass(), new TimestampPass(),
                new NamingPass(), new IndexPass(), new RowLevelSecurityPass()).apply(Models.context(decks(AuthProvider.SUPABASE)));
        assertThat(ModelText.of(after)).isEqualTo("""
                table profiles entity pk[id] rls
                  id uuid not null
                  created_at timestamptz not null default now
                  updated_at timestamptz not null default now
                  fk [id] -> auth.users[id] on delete cascade
                  policy select owner(id)
                  policy insert owner(id)
                  policy update owner(id)
                  policy delete owner(id)
                table decks entity pk[id] rls
                  id uuid not null default random_uuid
                  user_id uuid not null default current_user
                  name text
                  created_at timestamptz not null default now
                  updated_at timestamptz not null default now
                  fk [user_id] -> auth.users[id] on delete cascade
                  index [user_id] btree
                  policy select owner(user_id)
                  policy insert owner(user_id)
                  policy update owner(user_id)
                  policy delete owner(user_id)
                table cards entity pk[id] rls
                  id uuid not null default random_uuid
                  deck_id uuid not null
                  front text
                  created_at timestamptz not null default now
                  updated_at timestamptz not null default now
                  fk [deck_id] -> decks[id] on delete cascade
                  index [deck_id] btree
                  policy select parent_owner(deck_id via decks)
                  policy insert parent_owner(deck_id via decks)
                  policy update parent_owner(deck_id via decks)
                  policy delete parent_owner(deck_id via decks)
                rel decks -> cards one_to_many
                """);
    }

    @Test
    void applicationAuthGetsAUsersTableAndNoRls() {
        SchemaModel after = DesignProgram.sequence(new UsersTablePass(), new ForeignKeyPass(), new OwnershipPass(), new KeyPass(), new NamingPass(),
                new RowLevelSecurityPass()).apply(Models.context(decks(AuthProvider.APPLICATION)));
        assertThat(ModelText.of(after)).startsWith("""
                table users entity pk[id]
                  id uuid not null default random_uuid
                  email varchar(255) not null
                  password_hash text not null
                  unique [email]
                table decks entity pk[id]
                  id uuid not null default random_uuid
                  user_id uuid not null
                  name text
                  fk [user_id] -> users[id] on delete cascade
                """);
    }

    @Test
    void namingIsPluralSnakeCaseAndBounded() {
        String longName = "a".repeat(80) + "_entry";
        SchemaModel before = Models.empty(AuthProvider.SUPABASE).withTables(List.of(Models.entity("category"), Models.entity("series"), Models.entity(longName)));
        SchemaModel after = new NamingPass().apply(Models.context(before));
        assertThat(after.tables()).extracting(t -> t.name()).first().isEqualTo("categories");
        assertThat(after.tables().get(1).name()).isEqualTo("series");
        assertThat(after.tables().get(2).name().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
    }
}
