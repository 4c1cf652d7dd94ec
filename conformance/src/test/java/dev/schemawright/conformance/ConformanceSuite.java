package dev.schemawright.conformance;

import dev.schemawright.conformance.postgres.RecipientProbe;
import dev.schemawright.conformance.postgres.RowLevelSecurityProbe;
import dev.schemawright.conformance.postgres.TenantCreationProbe;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;

/** The checks every rendered model goes through, as dynamic tests so each tool's verdict is reported on its own. */
final class ConformanceSuite {
    private ConformanceSuite() {
    }

    static DynamicContainer of(String name, Supplier<RenderedModel> rendered) {
        return of(name, rendered, List.of());
    }

    /** The checks, then {@code extra} ones (a corpus design is also linted). */
    static DynamicContainer of(String name, Supplier<RenderedModel> rendered, List<Extra> extra) {
        Supplier<RenderedModel> once = memoize(rendered);
        List<DynamicTest> tests = new java.util.ArrayList<>(List.of(
                test("every artifact is rendered; model.json reads back; manifest.json lists the rest truly", once, ArtifactChecks::complete),
                test("PostgreSQL executes schema.postgres.sql and its catalog matches the model", once, ArtifactChecks::postgres),
                test("PostgreSQL row-level security keeps users apart", once, RowLevelSecurityProbe::run),
                test("a user creates a tenant, joins it as owner and shares it with members only", once, TenantCreationProbe::run),
                test("the user a row names reads it, a stranger does not", once, RecipientProbe::run),
                test("SQLite executes schema.sqlite.sql and its catalog matches the model", once, ArtifactChecks::sqlite),
                test("Prisma validates schema.prisma and its DMMF matches the model", once, ArtifactChecks::prisma),
                test("SQLModel 0.0.8 imports models.py, creates its tables, and they match the model", once, ArtifactChecks::sqlmodel),
                test("current SQLModel imports models.py, creates its tables, and they match the model", once, ArtifactChecks::sqlmodelCurrent),
                test("Mermaid parses erd.mmd and the diagrams in design.md and db-plan.md", once, ArtifactChecks::mermaid)));
        extra.forEach(e -> tests.add(test(e.name(), once, e.check())));
        return DynamicContainer.dynamicContainer(name, tests);
    }

    /** One more named check of a rendered model. */
    record Extra(String name, Consumer<RenderedModel> check) {
    }

    private static DynamicTest test(String name, Supplier<RenderedModel> rendered, Consumer<RenderedModel> check) {
        return DynamicTest.dynamicTest(name, () -> check.accept(rendered.get()));
    }

    /** Render once per model; a render failure fails each check with the same error instead of killing the factory. */
    private static Supplier<RenderedModel> memoize(Supplier<RenderedModel> s) {
        Object[] box = new Object[1];
        return () -> {
            synchronized (box) {
                if (box[0] == null) {
                    try {
                        box[0] = s.get();
                    } catch (RuntimeException | AssertionError e) {
                        box[0] = e;
                    }
                }
                if (box[0] instanceof RuntimeException e) {
                    throw new AssertionError("rendering failed: " + e, e);
                }
                if (box[0] instanceof AssertionError e) {
                    throw e;
                }
                return (RenderedModel) box[0];
            }
        };
    }
}
