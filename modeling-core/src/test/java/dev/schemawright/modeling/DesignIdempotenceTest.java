package dev.schemawright.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.ingest.Ingestor;
import dev.schemawright.modeling.intake.StatementReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over the real dev corpus: every pass of the standard program is idempotent at the point where it runs
 * (p(p(m)) == p(m)), and designing twice gives equal models (determinism).
 */
public class DesignIdempotenceTest {
    static Stream<Path> projects() throws IOException {
        Path dir = Path.of("../corpus/dev");
        return Files.isDirectory(dir) ? Files.list(dir).filter(Files::isDirectory).sorted() : Stream.empty();
    }

    @ParameterizedTest
    @MethodSource("projects")
    void everyPassIsIdempotentAndDesignIsDeterministic(Path project) throws IOException {
        List<InputDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(project)) {
            for (Path f : files.sorted().toList()) {
                docs.add(new InputDocument(f.getFileName().toString(), null, Files.readAllBytes(f)));
            }
        }
        assertEveryPassIdempotentAndTheDesignDeterministic(project.getFileName().toString(), new Ingestor().ingest(docs).requirements());
    }

    public static void assertEveryPassIdempotentAndTheDesignDeterministic(String id, List<Requirement> requirements) {
        DesignContext ctx = DesignContext.start("p", new StatementReader().read(requirements), Models.empty(dev.schemawright.contracts.model.AuthProvider.APPLICATION));
        for (DesignPass pass : SchemaDesigner.standardProgram().passes()) {
            SchemaModel once = pass.apply(ctx);
            SchemaModel twice = pass.apply(ctx.withModel(once));
            assertThat(ModelText.of(twice)).as(pass.name()).isEqualTo(ModelText.of(once));
            assertThat(twice).as(pass.name()).isEqualTo(once);
            ctx = ctx.withModel(once);
        }
        assertThat(new SchemaDesigner().design(id, requirements)).isEqualTo(new SchemaDesigner().design(id, requirements));
    }
}
