package dev.schemawright.conformance;

import dev.schemawright.conformance.postgres.RowLevelSecurityProbe;
import dev.schemawright.conformance.postgres.TenantCreationProbe;
import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.TargetStack;
import dev.schemawright.ingest.IngestResult;
import dev.schemawright.ingest.Ingestor;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.DesignProgram;
import dev.schemawright.modeling.SchemaDesigner;
import dev.schemawright.modeling.intake.StackFactsPass;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Row-level security in both auth modes on the real PostgreSQL: every dev project designed as if its users lived in
 * Supabase Auth and as if the application owned them (plain PostgreSQL: role app_user, SET LOCAL app.current_user_id),
 * whatever its tech stack says. PostgreSQL must run each script with the model's policies, keep users apart, and let
 * a user create a tenant, join it as owner and share its data with its members only.
 */
class AuthModesRowLevelSecurityTest {
    private static final Path OUT = RenderedModel.outputRoot("auth-modes");
    private static final Ingestor INGESTOR = new Ingestor();

    @TestFactory
    Stream<DynamicContainer> everyDevProjectInBothAuthModes() throws IOException {
        return CorpusConformanceTest.projects().stream().flatMap(p -> Stream.of(AuthProvider.SUPABASE, AuthProvider.APPLICATION).map(auth -> {
            String label = p.getFileName() + "-" + auth.name().toLowerCase(java.util.Locale.ROOT);
            RenderedModel[] once = new RenderedModel[1];
            java.util.function.Supplier<RenderedModel> rendered = () -> {
                if (once[0] == null) {
                    once[0] = RenderedModel.render(label, design(p, auth), OUT);
                }
                return once[0];
            };
            return DynamicContainer.dynamicContainer(label, List.of(
                    DynamicTest.dynamicTest("PostgreSQL executes schema.postgres.sql with one policy per command on every table",
                            () -> ArtifactChecks.postgres(rendered.get())),
                    DynamicTest.dynamicTest("PostgreSQL row-level security keeps users apart", () -> RowLevelSecurityProbe.run(rendered.get())),
                    DynamicTest.dynamicTest("a user creates a tenant, joins it as owner and shares it with members only",
                            () -> TenantCreationProbe.run(rendered.get()))));
        }));
    }

    /** The standard design, with the auth provider replaced once the stack facts are read. */
    static SchemaModel design(Path project, AuthProvider auth) {
        List<DesignPass> passes = new ArrayList<>();
        for (DesignPass pass : SchemaDesigner.standardProgram().passes()) {
            passes.add(pass);
            if (pass instanceof StackFactsPass) {
                passes.add((DesignContext ctx) -> {
                    TargetStack read = ctx.model().stack();
                    return ctx.model().withStack(new TargetStack(read.database(), auth, read.keys(), read.orm()));
                });
            }
        }
        IngestResult ingested = INGESTOR.ingest(CorpusConformanceTest.documents(project));
        String id = project.getFileName().toString();
        SchemaModel model = new SchemaDesigner(new DesignProgram(passes)).design(id, ingested.requirements());
        if (model.stack().auth() != auth || model.tables().isEmpty()) {
            throw new AssertionError(id + ": designed with auth " + model.stack().auth() + " and " + model.tables().size() + " tables");
        }
        // a plan written for the other auth provider can leave references the modeling passes do not remap (e.g. to
        // auth.users read as a local users table): not an RLS matter, but nothing to render either
        List<String> dangling = model.tables().stream().flatMap(t -> t.foreignKeys().stream()
                .filter(fk -> !fk.external() && model.table(fk.refTable()).isEmpty()).map(fk -> t.name() + "." + fk.columns() + " -> " + fk.refTable())).toList();
        Assumptions.assumeTrue(dangling.isEmpty(), () -> id + " designed with " + auth + " auth references missing tables " + dangling);
        return model;
    }
}
