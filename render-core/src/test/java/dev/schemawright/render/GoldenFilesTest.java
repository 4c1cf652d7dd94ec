package dev.schemawright.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.render.docs.DbPlanRenderer;
import dev.schemawright.render.docs.DesignDocRenderer;
import dev.schemawright.render.mermaid.MermaidErRenderer;
import dev.schemawright.render.postgres.PostgresRenderer;
import dev.schemawright.render.prisma.PrismaRenderer;
import dev.schemawright.render.sqlite.SqliteRenderer;
import dev.schemawright.render.sqlmodel.SqlModelRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exact output of every renderer for the hand-built models, compared with src/test/resources/golden/{project}/{artifact}.
 * The golden files are reviewed like code. After an intended change, regenerate with
 * {@code ./mvnw -o -q -pl render-core test -Dtest=GoldenFilesTest -Dgolden.update=true} and read the diff.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<Arguments> artifacts() {
        return TestModels.all().stream().flatMap(m -> new ArtifactRenderer().renderAll(m).stream().map(a -> Arguments.of(m.projectId(), a)));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("artifacts")
    void artifactMatchesGoldenFile(String projectId, Artifact artifact) throws IOException {
        Path file = GOLDEN.resolve(projectId).resolve(artifact.name());
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.write(file, artifact.content());
        }
        assertThat(file).as("golden file (create it with -Dgolden.update=true, then review it)").exists();
        assertThat(artifact.text()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    static Stream<Arguments> models() {
        return TestModels.all().stream().map(Arguments::of);
    }

    /** Each public renderer called on its own gives exactly what the facade publishes. */
    @ParameterizedTest
    @MethodSource("models")
    void individualRenderersMatchTheFacade(SchemaModel model) {
        Map<String, Function<SchemaModel, String>> renderers = Map.of(
                "schema.postgres.sql", new PostgresRenderer()::render,
                "schema.sqlite.sql", new SqliteRenderer()::render,
                "schema.prisma", new PrismaRenderer()::render,
                "models.py", new SqlModelRenderer()::render,
                "erd.mmd", new MermaidErRenderer()::render,
                "design.md", new DesignDocRenderer()::render,
                "db-plan.md", new DbPlanRenderer()::render);
        List<Artifact> all = new ArtifactRenderer().renderAll(model);
        for (Artifact a : all) {
            if (renderers.containsKey(a.name())) {
                assertThat(renderers.get(a.name()).apply(model)).as(a.name()).isEqualTo(a.text());
            }
        }
        assertThat(all).extracting(Artifact::name).containsExactlyElementsOf(ArtifactRenderer.NAMES);
    }
}
