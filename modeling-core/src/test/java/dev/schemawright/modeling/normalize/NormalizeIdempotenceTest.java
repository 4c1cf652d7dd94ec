package dev.schemawright.modeling.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Cardinality;
import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.CheckKind;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.modeling.DesignProgram;
import dev.schemawright.modeling.Models;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: normalize(normalize(m)) == normalize(m) over generated models (random entity graphs with one-to-many and
 * many-to-many links, listed values, log-like names). Seeds are fixed so a failure reproduces.
 */
class NormalizeIdempotenceTest {
    private static final List<String> NAMES = List.of("deck", "card", "tag", "note", "habit_log", "event", "chapter", "book", "series", "label", "item_history");

    static Stream<Long> seeds() {
        return IntStream.range(0, 200).mapToObj(i -> 7919L * i + 13);
    }

    static SchemaModel generate(long seed) {
        Random r = new Random(seed);
        List<String> names = new ArrayList<>(NAMES);
        java.util.Collections.shuffle(names, r);
        names = names.subList(0, 2 + r.nextInt(names.size() - 2));
        List<Table> tables = new ArrayList<>();
        for (String n : names) {
            Table t = Models.entity(n, "name", "status");
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
        return Models.empty(AuthProvider.SUPABASE).withTables(tables).withRelationships(rels);
    }

    private static SchemaModel normalize(SchemaModel m) {
        return DesignProgram.sequence(new TransitiveLinkPass(), new ManyToManyPass(), new LogTablePass(), new EnumerationPass()).apply(Models.context(m));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void normalizingTwiceChangesNothing(long seed) {
        SchemaModel once = normalize(generate(seed));
        assertThat(normalize(once)).isEqualTo(once);
    }
}
