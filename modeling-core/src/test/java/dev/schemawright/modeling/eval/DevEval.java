package dev.schemawright.modeling.eval;

import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.modeling.SchemaDesigner;
import dev.schemawright.render.postgres.PostgresRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The eval loop: for each corpus/dev/<project>, ingest the documents, design the model, render PostgreSQL DDL to
 * OUT/<project>/schema.postgres.sql and score all projects with ../shared/eval/score.py against the reference plans.
 * Usage: DevEval REPO_ROOT [OUT]; run via `./mvnw -o -q -pl modeling-core test-compile exec:java@dev-eval`.
 */
public final class DevEval {
    public static void main(String[] args) throws IOException, InterruptedException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path out = args.length > 1 ? Path.of(args[1]) : root.resolve("modeling-core/target/dev-eval");
        SchemaDesigner designer = new SchemaDesigner();
        PostgresRenderer renderer = new PostgresRenderer();
        for (DevCorpus.Project p : DevCorpus.load(root)) {
            SchemaModel model = designer.design(p.id(), p.requirements());
            Path dir = out.resolve(p.id());
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("schema.postgres.sql"), renderer.render(model), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("model.json"), dev.schemawright.contracts.json.JsonCodec.toPrettyString(model), StandardCharsets.UTF_8);
        }
        Path shared = root.resolveSibling("shared");
        Process score = new ProcessBuilder(List.of("python3", shared.resolve("eval/score.py").toString(), "--pred-dir", out.toString(),
                "--gold-dir", shared.resolve("eval/dev").toString())).inheritIO().start();
        System.exit(score.waitFor());
    }

    private DevEval() {
    }
}
