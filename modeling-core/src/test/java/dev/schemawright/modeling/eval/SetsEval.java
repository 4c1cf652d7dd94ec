package dev.schemawright.modeling.eval;

import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.modeling.SchemaDesigner;
import dev.schemawright.render.postgres.PostgresRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The eval loop over several sets in one JVM: {@code SetsEval OUT NAME=INPUT_DIR=GOLD_DIR...} designs every project
 * folder of each INPUT_DIR, writes OUT/NAME/<project>/schema.postgres.sql and scores it with score.py against GOLD_DIR.
 */
public final class SetsEval {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        SchemaDesigner designer = new SchemaDesigner();
        PostgresRenderer renderer = new PostgresRenderer();
        for (int i = 1; i < args.length; i++) {
            String[] set = args[i].split("=");
            Path dir = out.resolve(set[0]);
            for (DevCorpus.Project p : DevCorpus.cached(Path.of(set[1]), out.resolve("cache"))) {
                SchemaModel model = designer.design(p.id(), p.requirements());
                Path pd = dir.resolve(p.id());
                Files.createDirectories(pd);
                Files.writeString(pd.resolve("schema.postgres.sql"), renderer.render(model), StandardCharsets.UTF_8);
                Files.writeString(pd.resolve("model.json"), dev.schemawright.contracts.json.JsonCodec.toPrettyString(model), StandardCharsets.UTF_8);
            }
            Process score = new ProcessBuilder(List.of("python3", "/work/shared/eval/score.py", "--pred-dir", dir.toString(), "--gold-dir", set[2]))
                    .redirectErrorStream(true).start();
            String text = new String(score.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            score.waitFor();
            Files.writeString(dir.resolve("score.txt"), text);
            for (String line : text.split("\n")) {
                if (line.startsWith("MEAN")) {
                    System.out.println(set[0] + " " + line);
                }
            }
        }
    }

    private SetsEval() {
    }
}
