package dev.schemawright.conformance.versions;

import dev.schemawright.conformance.generate.ModelMutations;
import dev.schemawright.conformance.generate.RandomModelSeeds;
import dev.schemawright.conformance.generate.RandomSchemaModels;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.versions.Migration;
import dev.schemawright.versions.SchemaMigrator;
import dev.schemawright.versions.migrate.MigrationOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For random pairs of models (a generated model A and its next version B from {@link ModelMutations}, and some pairs
 * of unrelated models), on real PostgreSQL: A's schema.postgres.sql, then the migration, gives the same catalog as
 * B's schema.postgres.sql in an empty database — with destructive changes allowed, backwards (B to A), and with them
 * refused (then the catalog is the effective target's: nothing lost). {@code -Dversions.pairs=N} sets how many seeds.
 */
class MigrationPropertyTest {
    static final int PAIRS = Integer.getInteger("versions.pairs", 40);
    static final int UNRELATED = Math.max(1, PAIRS / 8);
    private static final SchemaMigrator MIGRATOR = new SchemaMigrator();
    private static final MigrationOptions ALLOW = new MigrationOptions(true, true);

    static SchemaModel before(int i) {
        long seed = RandomModelSeeds.seed(i);
        return ModelMutations.decorate(RandomSchemaModels.generate(seed), seed);
    }

    static SchemaModel after(int i) {
        return ModelMutations.mutate(before(i), RandomModelSeeds.seed(i) * 31 + 7, 10);
    }

    @TestFactory
    Stream<DynamicContainer> postgresCatalogAfterTheMigrationEqualsTheNewSchemaBuiltFresh() {
        List<DynamicContainer> out = new ArrayList<>();
        IntStream.range(0, PAIRS).forEach(i -> out.add(DynamicContainer.dynamicContainer("pair " + i, List.of(
                DynamicTest.dynamicTest("forward, destructive allowed", () -> check("pair " + i, before(i), after(i), ALLOW)),
                DynamicTest.dynamicTest("backward, destructive allowed", () -> check("pair " + i + " backward", after(i), before(i), ALLOW)),
                DynamicTest.dynamicTest("forward, destructive refused", () -> check("pair " + i + " refused", before(i), after(i), MigrationOptions.defaults())),
                DynamicTest.dynamicTest("SQLite: forward, backward and refused", () -> {
                    MigrationCheck.sqlite("pair " + i, MIGRATOR.plan(before(i), after(i), ALLOW));
                    MigrationCheck.sqlite("pair " + i + " backward", MIGRATOR.plan(after(i), before(i), ALLOW));
                    MigrationCheck.sqlite("pair " + i + " refused", MIGRATOR.plan(before(i), after(i), MigrationOptions.defaults()));
                })))));
        IntStream.range(0, UNRELATED).forEach(i -> out.add(DynamicContainer.dynamicContainer("unrelated " + i, List.of(
                DynamicTest.dynamicTest("one model replaced by another", () -> {
                    SchemaModel a = before(1000 + i);
                    SchemaModel b = RandomSchemaModels.generate(RandomModelSeeds.seed(2000 + i));
                    check("unrelated " + i, a, b.withTitle(a.title()), ALLOW);
                    MigrationCheck.sqlite("unrelated " + i, MIGRATOR.plan(a, b.withTitle(a.title()), ALLOW));
                })))));
        return out.stream();
    }

    private static void check(String label, SchemaModel a, SchemaModel b, MigrationOptions options) {
        Migration m = MIGRATOR.plan(a, b, options);
        MigrationCheck.postgres(label, m);
    }
}
