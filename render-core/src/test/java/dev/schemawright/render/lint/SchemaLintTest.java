package dev.schemawright.render.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Cardinality;
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
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.PolicyCommand;
import dev.schemawright.contracts.model.PolicyRule;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TargetStack;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One golden file per lint code (src/test/resources/lint/{code}.txt): a clean model with one defect must report
 * exactly that. Regenerate with {@code -Dgolden.update=true} after an intended change, then read the diff.
 */
class SchemaLintTest {
    private static final Path GOLDEN = Path.of("src/test/resources/lint");
    private static final ColumnType UUID = ColumnType.of(TypeKind.UUID);
    private static final ColumnType TEXT = ColumnType.of(TypeKind.TEXT);
    private final SchemaLint lint = new SchemaLint();

    /** Decks owned by users, cards in decks: keyed, indexed, NOT NULL references, RLS with a policy per command. */
    static SchemaModel clean() {
        Table decks = owned("decks", List.of(Column.of("name", TEXT, false)));
        Table cards = owned("cards", List.of(Column.of("deck_id", UUID, false), Column.of("front", TEXT, false),
                Column.of("created_at", ColumnType.of(TypeKind.TIMESTAMPTZ), false).withDefault(DefaultValue.of(DefaultKind.NOW))));
        cards = cards.withForeignKeys(concat(cards.foreignKeys(), new ForeignKey("cards_deck_id_fkey", List.of("deck_id"), null, "decks", List.of("id"),
                        FkAction.CASCADE, "a deck's cards go with it", List.of("prd.md#L3"))))
                .withIndexes(concat(cards.indexes(), index("cards_deck_id_idx", "deck_id")));
        return new SchemaModel("lint-demo", "Lint demo", "", new TargetStack("PostgreSQL", AuthProvider.SUPABASE, KeyStrategy.UUID, ""),
                List.of(new EnumType("card_side", List.of("front", "back"), List.of())), List.of(decks, cards),
                List.of(new Relationship("decks", "cards", Cardinality.ONE_TO_MANY, null, false, "contains", List.of())),
                List.of(), List.of(), List.of());
    }

    private static Table owned(String name, List<Column> attributes) {
        List<Column> cols = new ArrayList<>(List.of(Column.of("id", UUID, false).withDefault(DefaultValue.of(DefaultKind.RANDOM_UUID)),
                Column.of("user_id", UUID, false).withDefault(DefaultValue.of(DefaultKind.CURRENT_USER))));
        cols.addAll(attributes);
        List<Policy> policies = Arrays.stream(PolicyCommand.values())
                .map(c -> new Policy(name + "_" + c.name().toLowerCase() + "_owner", c, "authenticated", PolicyRule.owner("user_id"), "", List.of()))
                .toList();
        return Table.of(name, TableKind.ENTITY, cols, List.of("id"))
                .withForeignKeys(List.of(new ForeignKey(name + "_user_id_fkey", List.of("user_id"), "auth", "users", List.of("id"), FkAction.CASCADE,
                        "a user's data goes with the account", List.of())))
                .withIndexes(List.of(index(name + "_user_id_idx", "user_id")))
                .withRlsEnabled(true).withPolicies(policies);
    }

    private static Index index(String name, String... columns) {
        return new Index(name, Arrays.stream(columns).map(IndexColumn::asc).toList(), false, IndexMethod.BTREE, IndexPredicate.NONE, "", List.of());
    }

    private static <T> List<T> concat(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static SchemaModel withTable(SchemaModel m, String name, UnaryOperator<Table> change) {
        return m.withTables(m.tables().stream().map(t -> t.name().equals(name) ? change.apply(t) : t).toList());
    }

    /** The clean model with one defect per code. */
    static Map<LintCode, SchemaModel> defects() {
        SchemaModel m = clean();
        Map<LintCode, SchemaModel> out = new EnumMap<>(LintCode.class);
        out.put(LintCode.NO_PRIMARY_KEY, withTable(m, "decks", t -> t.withPrimaryKey(List.of())));
        out.put(LintCode.FK_WITHOUT_INDEX, withTable(m, "cards", t -> t.withIndexes(List.of(index("cards_user_id_idx", "user_id")))));
        out.put(LintCode.TIMESTAMP_WITHOUT_TIME_ZONE, withTable(m, "cards", t -> t.withColumns(t.columns().stream()
                .map(c -> c.name().equals("created_at") ? c.withType(ColumnType.of(TypeKind.DATE)).withDefault(DefaultValue.of(DefaultKind.TODAY)) : c).toList())));
        out.put(LintCode.RLS_WITHOUT_POLICY, withTable(m, "decks", t -> t.withPolicies(List.of())));
        out.put(LintCode.TABLE_WITHOUT_RLS, withTable(m, "decks", t -> t.withRlsEnabled(false).withPolicies(List.of())));
        out.put(LintCode.POLICY_WITHOUT_RLS, withTable(m, "decks", t -> t.withRlsEnabled(false)));
        out.put(LintCode.NULLABLE_FK_WITHOUT_REASON, withTable(m, "cards", t -> t.withColumns(t.columns().stream()
                .map(c -> c.name().equals("deck_id") ? c.withNullable(true) : c).toList())));
        out.put(LintCode.DUPLICATE_INDEX, withTable(m, "decks", t -> t.withUniques(List.of(new UniqueConstraint("decks_name_key", List.of("name"), List.of())))
                .withIndexes(concat(t.indexes(), index("decks_name_idx", "name")))));
        out.put(LintCode.RESERVED_WORD, withTable(m, "cards", t -> t.withColumns(concat(t.columns(), Column.of("order", ColumnType.of(TypeKind.INTEGER), true)))));
        out.put(LintCode.IDENTIFIER_TOO_LONG, withTable(m, "decks", t -> t.withColumns(concat(t.columns(),
                Column.of("a_description_of_the_deck_that_nobody_will_ever_type_in_a_query_by_hand", TEXT, true)))));
        out.put(LintCode.ENUM_VALUE_CHANGED_IN_PLACE, m.withEnums(List.of(new EnumType("card_side", List.of("front", "reverse"), List.of()))));
        return out;
    }

    @Test
    void theCleanModelHasNoFindings() {
        assertThat(lint.check(clean())).isEmpty();
        assertThat(lint.check(clean(), clean())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(LintCode.class)
    void eachCodeReportsItsDefectExactly(LintCode code) throws IOException {
        SchemaModel defect = defects().get(code);
        assertThat(defect).as("a defect model for " + code.code()).isNotNull();
        List<LintFinding> findings = code == LintCode.ENUM_VALUE_CHANGED_IN_PLACE ? lint.check(defect, clean()) : lint.check(defect);
        assertThat(findings).extracting(LintFinding::check).containsOnly(code);
        String text = LintReport.text(findings);
        Path file = GOLDEN.resolve(code.code() + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file (create it with -Dgolden.update=true, then review it)").exists();
        assertThat(text).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(SchemaLint.hasErrors(findings)).isEqualTo(code.severity() == Severity.ERROR);
    }

    @Test
    void aNullableForeignKeyIsExplainedBySetNullOrAnOptionalRelationship() {
        SchemaModel nullable = defects().get(LintCode.NULLABLE_FK_WITHOUT_REASON);
        SchemaModel setNull = withTable(nullable, "cards", t -> t.withForeignKeys(t.foreignKeys().stream()
                .map(fk -> fk.name().equals("cards_deck_id_fkey") ? fk.withOnDelete(FkAction.SET_NULL, "a card outlives its deck") : fk).toList()));
        SchemaModel optional = nullable.withRelationships(List.of(new Relationship("decks", "cards", Cardinality.ONE_TO_MANY, null, true, "contains", List.of())));
        assertThat(lint.check(setNull)).isEmpty();
        assertThat(lint.check(optional)).isEmpty();
    }

    @Test
    void withTheApplicationsOwnUsersATableWithoutRlsIsAWarningOnlyBesideTablesWithIt() {
        SchemaModel plain = clean().withStack(new TargetStack("PostgreSQL", AuthProvider.APPLICATION, KeyStrategy.UUID, ""));
        SchemaModel plainOneOpen = withTable(plain, "decks", t -> t.withRlsEnabled(false).withPolicies(List.of()));
        assertThat(lint.check(plainOneOpen)).singleElement().extracting(LintFinding::severity).isEqualTo(Severity.WARNING);
        SchemaModel noneSecured = plain.withTables(plain.tables().stream().map(t -> t.withRlsEnabled(false).withPolicies(List.of())).toList());
        assertThat(lint.check(noneSecured)).isEmpty();
    }

    @Test
    void addingEnumValuesIsFineReorderingIsNot() {
        SchemaModel added = clean().withEnums(List.of(new EnumType("card_side", List.of("front", "middle", "back"), List.of())));
        SchemaModel reordered = clean().withEnums(List.of(new EnumType("card_side", List.of("back", "front"), List.of())));
        assertThat(lint.check(added, clean())).isEmpty();
        assertThat(lint.check(reordered, clean())).singleElement().extracting(LintFinding::message).asString().contains("reordered");
    }
}
