package dev.schemawright.conformance.versions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.conformance.ArtifactChecks;
import dev.schemawright.conformance.ClarifiedDesigns;
import dev.schemawright.conformance.RenderedModel;
import dev.schemawright.conformance.tools.RepositoryLayout;
import dev.schemawright.versions.Migration;
import dev.schemawright.versions.SchemaMigrator;
import dev.schemawright.versions.migrate.MigrationOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Real pairs: every dev project designed before and after a clarifications document that answers all its questions
 * (links become many-to-many and back, shared tables private and back, value lists extended), and the README's own
 * example. Each migration, with destructive changes allowed and refused, takes the first design's database to the
 * second's on real PostgreSQL and SQLite (catalogs compared), and the new schema.prisma passes the Prisma engine.
 */
class RealPairsMigrationTest {
    static final Path out = RenderedModel.outputRoot("versions");
    private static final SchemaMigrator MIGRATOR = new SchemaMigrator();

    /** The README's "Answering open questions" example (corpus/versions/study-cards). */
    static ClarifiedDesigns.Pair readmeExample() {
        Path cards = RepositoryLayout.versionsCorpus().resolve("study-cards");
        return ClarifiedDesigns.of("cards", cards.resolve("v1"), cards.resolve("v2"));
    }

    @TestFactory
    Stream<DynamicContainer> everyDevProjectBeforeAndAfterItsClarificationsMigratesOnRealDatabases() {
        List<DynamicContainer> out = new ArrayList<>();
        out.add(pair("readme-cards", RealPairsMigrationTest::readmeExample));
        for (Path p : ClarifiedDesigns.devProjects()) {
            out.add(pair(p.getFileName().toString(), () -> ClarifiedDesigns.of(p)));
        }
        return out.stream();
    }

    private static DynamicContainer pair(String name, Supplier<ClarifiedDesigns.Pair> designs) {
        Supplier<ClarifiedDesigns.Pair> once = memoize(designs);
        return DynamicContainer.dynamicContainer(name, List.of(
                DynamicTest.dynamicTest("PostgreSQL: the migrated database equals the new schema (destructive allowed)",
                        () -> MigrationCheck.postgres(name, plan(once.get(), true))),
                DynamicTest.dynamicTest("PostgreSQL: with destructive changes refused it equals the effective target",
                        () -> MigrationCheck.postgres(name + " refused", plan(once.get(), false))),
                DynamicTest.dynamicTest("SQLite: the same, both ways of refusing", () -> {
                    MigrationCheck.sqlite(name, plan(once.get(), true));
                    MigrationCheck.sqlite(name + " refused", plan(once.get(), false));
                }),
                DynamicTest.dynamicTest("the new schema.prisma passes the Prisma engine; migration.md lists every change", () -> {
                    ClarifiedDesigns.Pair p = once.get();
                    ArtifactChecks.prisma(RenderedModel.render(name, p.answered(), out));
                    Migration m = plan(p, false);
                    String doc = MIGRATOR.doc(m);
                    assertThat(doc).contains("## Changes");
                    long rows = doc.lines().filter(l -> l.matches("\\| \\d+ \\|.*")).count();
                    assertThat(rows).as(name + ": one row per change (descriptions-only changes are summed up below the table)")
                            .isEqualTo(m.diff().changes().stream().filter(c -> !c.kind().equals("comment")).count());
                })));
    }

    private static Migration plan(ClarifiedDesigns.Pair p, boolean allowDestructive) {
        return MIGRATOR.plan(p.asked(), p.answered(), MigrationOptions.defaults().withAllowDestructive(allowDestructive));
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        Object[] box = new Object[1];
        return () -> {
            synchronized (box) {
                if (box[0] == null) {
                    box[0] = s.get();
                }
                @SuppressWarnings("unchecked")
                T t = (T) box[0];
                return t;
            }
        };
    }
}
