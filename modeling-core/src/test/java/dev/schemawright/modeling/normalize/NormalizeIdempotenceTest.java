package dev.schemawright.modeling.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Cardinality;
import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.CheckKind;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.DesignProgram;
import dev.schemawright.modeling.ModelText;
import dev.schemawright.modeling.Models;
import dev.schemawright.modeling.SchemaDesigner;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: normalize(normalize(m)) == normalize(m), trail included, over 500 generated models: random entity graphs with
 * one-to-many and many-to-many links, listed values, log-like names, lists in columns (plural nouns, numbered groups,
 * arrays), prefixed column groups, twin names, and requirement sentences carrying the cues the passes read. The
 * normalize passes are taken from the standard program in its order. Seeds are fixed so a failure reproduces.
 */
class NormalizeIdempotenceTest {
    private static final List<String> NAMES = List.of("deck", "card", "tag", "note", "habit_log", "event", "chapter", "book", "series", "label",
            "item_history", "recipe", "step", "recipe_step", "book_info", "collection", "author", "listing");
    private static final List<String> SENTENCES = List.of("Decks (also called collections) hold cards.", "Each recipe shows its steps in order.",
            "Hosts can upload up to 10 photos for each listing.", "Each author can have many books.", "Readers browse books by author.",
            "The author page shows the bio.", "Users can add multiple notes to a card.", "Events, aka habit logs, are kept forever.");

    static Stream<Long> seeds() {
        return IntStream.range(0, 500).mapToObj(i -> 7919L * i + 13);
    }

    static DesignContext generate(long seed) {
        Random r = new Random(seed);
        List<String> names = new ArrayList<>(NAMES);
        java.util.Collections.shuffle(names, r);
        names = names.subList(0, 2 + r.nextInt(names.size() - 2));
        List<Table> tables = new ArrayList<>();
        for (String n : names) {
            Table t = Models.entity(n, "name", "status");
            List<Column> cols = new ArrayList<>(t.columns());
            if (r.nextInt(3) == 0) {
                List.of("photos", "steps", "notes", "preparation_steps").stream().filter(x -> r.nextBoolean()).forEach(x -> cols.add(text(x)));
            }
            if (r.nextInt(4) == 0) {
                IntStream.rangeClosed(1, 2 + r.nextInt(3)).forEach(i -> cols.add(text("answer_" + i)));
            }
            if (r.nextInt(4) == 0) {
                List.of("author_name", "author_bio", "author_website", "set_name", "set_code").stream().filter(x -> r.nextBoolean()).forEach(x -> cols.add(text(x)));
            }
            if (r.nextInt(5) == 0) {
                cols.add(Column.of("emails", ColumnType.of(TypeKind.TEXT).asArray(), true));
            }
            t = t.withColumns(cols);
            if (r.nextBoolean()) {
                t = t.withChecks(List.of(new CheckConstraint(n + "_status_check", CheckKind.IN_VALUES, List.of("status"), List.of("open", "done"), List.of())));
            }
            tables.add(t);
        }
        List<Relationship> rels = new ArrayList<>();
        for (int i = 0; i < names.size() * 2; i++) {
            String a = names.get(r.nextInt(names.size()));
            String b = names.get(r.nextInt(names.size()));
            if (a.equals(b) || rels.stream().anyMatch(x -> x.from().equals(a) && x.to().equals(b) || x.from().equals(b) && x.to().equals(a))) {
                continue;
            }
            rels.add(r.nextInt(4) == 0 ? new Relationship(a, b, Cardinality.MANY_TO_MANY, a + "_" + b, true, "linked", List.of())
                    : new Relationship(a, b, Cardinality.ONE_TO_MANY, null, r.nextBoolean(), "contains", List.of()));
        }
        String[] prd = SENTENCES.stream().filter(s -> r.nextBoolean()).toArray(String[]::new);
        SchemaModel m = Models.empty(AuthProvider.SUPABASE).withTables(tables).withRelationships(rels);
        return Models.context(m, Models.lines("prd.md", DocumentRole.PRD, prd));
    }

    private static Column text(String name) {
        return Column.of(name, ColumnType.of(TypeKind.TEXT), true).withSources(List.of("prd.md#L1"));
    }

    /** The normalize passes of the standard program, in its order. */
    static DesignProgram normalization() {
        List<DesignPass> passes = SchemaDesigner.standardProgram().passes().stream()
                .filter(p -> p.getClass().getPackageName().equals(NormalizeIdempotenceTest.class.getPackageName())).toList();
        return new DesignProgram(passes);
    }

    @Test
    void everyNewPassRunsInTheStandardProgram() {
        assertThat(normalization().passes()).extracting(DesignPass::name).contains("DuplicateEntityPass", "MultiValuedAttributePass", "AttributeGroupPass",
                "ManyToManyPass", "EnumerationPass");
    }

    @Test
    void generatedModelsGiveEveryPassSomethingToChange() {
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        seeds().forEach(seed -> normalization().apply(generate(seed)).decisions()
                .forEach(d -> kinds.add(d.id().replaceFirst("^normalize-((?:multi-valued|attribute-group|duplicate|many-to-many|enumeration|append-only|transitive)).*", "$1"))));
        assertThat(kinds).contains("multi-valued", "attribute-group", "duplicate", "many-to-many", "enumeration", "append-only", "transitive");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void normalizingTwiceChangesNothing(long seed) {
        DesignContext ctx = generate(seed);
        SchemaModel once = normalization().apply(ctx);
        SchemaModel twice = normalization().apply(ctx.withModel(once));
        assertThat(ModelText.of(twice)).isEqualTo(ModelText.of(once));
        assertThat(twice).isEqualTo(once);
    }
}
