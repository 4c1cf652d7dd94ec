package dev.schemawright.modeling.physical;

import dev.schemawright.modeling.ModelQueries;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.PolicyCommand;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.modeling.DesignProgram;
import dev.schemawright.modeling.ModelText;
import dev.schemawright.modeling.Models;
import java.util.ArrayList;
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
    void applicationAuthSecuresEveryTableForTheApplicationRoleAndTheUsersTableItself() {
        SchemaModel after = DesignProgram.sequence(new UsersTablePass(), new ForeignKeyPass(), new OwnershipPass(), new KeyPass(), new NamingPass(),
                new RowLevelSecurityPass()).apply(Models.context(decks(AuthProvider.APPLICATION)));
        assertThat(ModelText.of(after)).isEqualTo("""
                table users entity pk[id] rls
                  id uuid not null default random_uuid
                  email varchar(255) not null
                  password_hash text not null
                  unique [email]
                  policy select owner(id) to app_user
                  policy insert deny to app_user
                  policy update owner(id) to app_user
                  policy delete deny to app_user
                table decks entity pk[id] rls
                  id uuid not null default random_uuid
                  user_id uuid not null
                  name text
                  fk [user_id] -> users[id] on delete cascade
                  policy select owner(user_id) to app_user
                  policy insert owner(user_id) to app_user
                  policy update owner(user_id) to app_user
                  policy delete owner(user_id) to app_user
                table cards entity pk[id] rls
                  id uuid not null default random_uuid
                  deck_id uuid not null
                  front text
                  fk [deck_id] -> decks[id] on delete cascade
                  policy select parent_owner(deck_id via decks) to app_user
                  policy insert parent_owner(deck_id via decks) to app_user
                  policy update parent_owner(deck_id via decks) to app_user
                  policy delete parent_owner(deck_id via decks) to app_user
                rel decks -> cards one_to_many
                """);
    }

    @Test
    void tenantsAreCreatedByAnyUserWhoAddsThemselfAndMembersShareTheData() {
        SchemaModel after = households(AuthProvider.APPLICATION);
        // the users table is as in the test above; from the tenant on:
        assertThat(fromTenantOn(after)).isEqualTo("""
                table households entity pk[id] rls
                  id uuid not null default random_uuid
                  created_by uuid default current_user
                  name text
                  fk [created_by] -> users[id] on delete set_null
                  policy select tenant_member(id via household_members) or owner(created_by) to app_user
                  policy insert owner(created_by) to app_user
                  policy update owner(created_by) to app_user
                  policy delete owner(created_by) to app_user
                table chores entity pk[id] rls
                  id uuid not null default random_uuid
                  household_id uuid not null
                  title text
                  fk [household_id] -> households[id] on delete cascade
                  policy select tenant_member(household_id via household_members) to app_user
                  policy insert tenant_member(household_id via household_members) to app_user
                  policy update tenant_member(household_id via household_members) to app_user
                  policy delete tenant_member(household_id via household_members) to app_user
                table steps entity pk[id] rls
                  id uuid not null default random_uuid
                  chore_id uuid not null
                  text text
                  fk [chore_id] -> chores[id] on delete cascade
                  policy select parent_access(chore_id via chores) to app_user
                  policy insert parent_access(chore_id via chores) to app_user
                  policy update parent_access(chore_id via chores) to app_user
                  policy delete parent_access(chore_id via chores) to app_user
                table household_members join pk[household_id, user_id] rls
                  household_id uuid not null
                  user_id uuid not null
                  role text not null default string(member)
                  joined_at timestamptz not null default now
                  fk [household_id] -> households[id] on delete cascade
                  fk [user_id] -> users[id] on delete cascade
                  policy select tenant_member(household_id via household_members) or owner(user_id) to app_user
                  policy insert parent_owner(household_id via households) to app_user
                  policy update parent_owner(household_id via households) to app_user
                  policy delete parent_owner(household_id via households) or owner(user_id) to app_user
                table invitations entity pk[id] rls
                  id uuid not null default random_uuid
                  household_id uuid not null
                  invited_by uuid not null
                  invitee_email varchar(255) not null
                  token text not null
                  status text not null default string(pending)
                  expires_at timestamptz not null
                  fk [household_id] -> households[id] on delete cascade
                  fk [invited_by] -> users[id] on delete cascade
                  unique [token]
                  policy select tenant_member(household_id via household_members) to app_user
                  policy insert tenant_member(household_id via household_members) to app_user
                  policy update tenant_member(household_id via household_members) to app_user
                  policy delete tenant_member(household_id via household_members) to app_user
                rel chores -> steps one_to_many
                decision nfr-tenancy []
                  tenancy: Data belongs to a household; users reach it through household_members. Any user may create a household (created_by defaults to them) and add themself as its first member (role owner); its members then share its data
                  instead of: Rows owned by individual users; households created only by a privileged role
                  why: Users join, are invited to, or are members of a household
                """);
    }

    @Test
    void supabaseTenantsAreTheSameDesignWithAuthUsersAndRoleAuthenticated() {
        String app = fromTenantOn(households(AuthProvider.APPLICATION));
        String supabase = fromTenantOn(households(AuthProvider.SUPABASE));
        assertThat(supabase).contains("fk [created_by] -> auth.users[id] on delete set_null").isEqualTo(
                app.replace("-> users[id]", "-> auth.users[id]").replace(" to " + ModelQueries.APPLICATION_ROLE + "\n", "\n"));
    }

    private static String fromTenantOn(SchemaModel m) {
        String text = ModelText.of(m);
        return text.substring(text.indexOf("table households"));
    }

    @Test
    void compositeKeysSelfReferencesAndCyclesGetAPathToTheOwnerOrNone() {
        Table users = table("users", List.of("id"), List.of()).withDescription(ModelQueries.APPLICATION_USERS);
        Table boards = table("boards", List.of("id"), List.of(fk("user_id", "users", "id"), fk("current_sheet_id", "sheets", "id")));
        Table sheets = table("sheets", List.of("id"), List.of(fk("board_id", "boards", "id"), fk("parent_sheet_id", "sheets", "id")))
                .withUniques(List.of(new UniqueConstraint("sheets_id_board_id_key", List.of("id", "board_id"), List.of())));
        Table cells = table("cells", List.of("id"), List.of(fk(List.of("sheet_id", "board_id"), "sheets", List.of("id", "board_id"))));
        Table revisions = table("revisions", List.of("sheet_id", "number"), List.of(fk("sheet_id", "sheets", "id")));
        Table revisionNotes = table("revision_notes", List.of("id"), List.of(fk(List.of("sheet_id", "number"), "revisions", List.of("sheet_id", "number"))));
        Table tags = table("tags", List.of("id"), List.of(fk("parent_id", "tags", "id")));
        SchemaModel before = Models.empty(AuthProvider.APPLICATION).withTables(List.of(users, boards, sheets, cells, revisions, revisionNotes, tags));
        SchemaModel after = new RowLevelSecurityPass().apply(Models.context(before));
        assertThat(ModelText.of(after).lines().filter(l -> l.startsWith("table") || l.contains("policy select")).toList()).containsExactly(
                "table users entity pk[id] rls",
                "  policy select owner(id) to app_user",
                "table boards entity pk[id] rls",
                "  policy select owner(user_id) to app_user",
                "table sheets entity pk[id] rls",
                "  policy select parent_owner(board_id via boards) to app_user",
                "table cells entity pk[id] rls",
                "  policy select parent_access(sheet_id via sheets) to app_user",
                "table revisions entity pk[sheet_id, number] rls",
                "  policy select parent_access(sheet_id via sheets) to app_user",
                "table revision_notes entity pk[id] rls",
                "  policy select deny to app_user",
                "table tags entity pk[id] rls",
                "  policy select authenticated to app_user");
        assertThat(after.tables()).allSatisfy(t -> assertThat(t.policies()).extracting(Policy::command).containsExactly(PolicyCommand.values()));
    }

    private static Table table(String name, List<String> primaryKey, List<ForeignKey> fks) {
        List<Column> cols = new ArrayList<>();
        for (String c : primaryKey) {
            cols.add(Column.of(c, ColumnType.of(TypeKind.UUID), false));
        }
        fks.stream().flatMap(f -> f.columns().stream()).filter(c -> cols.stream().noneMatch(x -> x.name().equals(c)))
                .forEach(c -> cols.add(Column.of(c, ColumnType.of(TypeKind.UUID), true)));
        return Table.of(name, TableKind.ENTITY, cols, primaryKey).withForeignKeys(fks);
    }

    private static ForeignKey fk(String column, String refTable, String refColumn) {
        return fk(List.of(column), refTable, List.of(refColumn));
    }

    private static ForeignKey fk(List<String> columns, String refTable, List<String> refColumns) {
        return new ForeignKey(String.join("_", columns) + "_fkey", columns, null, refTable, refColumns, FkAction.CASCADE, "", List.of());
    }

    /** A household the text says users join, chores of the household, steps of a chore: through the physical passes. */
    private static SchemaModel households(AuthProvider auth) {
        SchemaModel before = Models.empty(auth).withTables(List.of(Models.entity("household", "name"), Models.entity("chore", "title"), Models.entity("step", "text")))
                .withRelationships(List.of(Models.oneToMany("chore", "step")));
        return DesignProgram.sequence(new UsersTablePass(), new ForeignKeyPass(), new TenancyPass(), new OwnershipPass(), new KeyPass(),
                new NamingPass(), new RowLevelSecurityPass()).apply(Models.context(before, householdStory()));
    }

    private static List<dev.schemawright.contracts.requirement.Requirement> householdStory() {
        return Models.lines("prd.md", dev.schemawright.contracts.requirement.DocumentRole.PRD,
                "Users create a household and invite people to join the household.", "Household members share chores.");
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

    @Test
    void aCycleOfRequiredReferencesGetsOneOptionalLink() {
        Table warehouse = Table.of("warehouse", TableKind.ENTITY, List.of(Column.of("id", ColumnType.of(TypeKind.UUID), false),
                        new Column("user_id", ColumnType.of(TypeKind.UUID), false, null, false, "owner", List.of())),
                List.of("id")).withForeignKeys(List.of(new ForeignKey("warehouse_user_id_fkey", List.of("user_id"), null, "operator", List.of("id"),
                FkAction.CASCADE, "owned", List.of("r1"))));
        Table operator = Table.of("operator", TableKind.ENTITY, List.of(Column.of("id", ColumnType.of(TypeKind.UUID), false),
                        Column.of("warehouse_id", ColumnType.of(TypeKind.UUID), false)),
                List.of("id")).withForeignKeys(List.of(new ForeignKey("operator_warehouse_id_fkey", List.of("warehouse_id"), null, "warehouse",
                List.of("id"), FkAction.CASCADE, "works at", List.of("r2"))));
        SchemaModel before = Models.empty(AuthProvider.APPLICATION).withTables(List.of(warehouse, operator));
        SchemaModel after = new ReferenceCyclePass().apply(Models.context(before));
        assertThat(ModelText.of(after)).isEqualTo("""
                table warehouse entity pk[id]
                  id uuid not null
                  user_id uuid
                  fk [user_id] -> operator[id] on delete set_null
                table operator entity pk[id]
                  id uuid not null
                  warehouse_id uuid not null
                  fk [warehouse_id] -> warehouse[id] on delete cascade
                decision reference-cycle-warehouse-user_id [r1]
                  reference cycle warehouse / operator: warehouse.user_id is nullable, ON DELETE SET NULL
                  instead of: Both links required (no first row could ever be inserted), or deferred constraints
                  why: optional: warehouse and operator require each other, so one link must wait until both rows exist
                """);
        assertThat(after.decisions()).extracting(d -> d.id()).containsExactly("reference-cycle-warehouse-user_id");
        assertThat(new ReferenceCyclePass().apply(Models.context(after))).isEqualTo(after);
    }
}
