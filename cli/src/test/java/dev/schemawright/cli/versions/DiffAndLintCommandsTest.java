package dev.schemawright.cli.versions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.cli.ArtifactFolder;
import dev.schemawright.cli.CommandRun;
import dev.schemawright.cli.design.ClarificationRoundTripTest;
import dev.schemawright.cli.design.InProcessPipeline;
import dev.schemawright.cli.design.PipelineResult;
import dev.schemawright.render.Artifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a team does with the README's example: design, answer the questions, design again, then diff the two run
 * folders and lint them, through the real command line.
 */
class DiffAndLintCommandsTest {
    @TempDir
    static Path tmp;
    static Path v1;
    static Path v2;

    @BeforeAll
    static void designTwice() {
        InProcessPipeline pipeline = new InProcessPipeline();
        v1 = write(pipeline.run("cards", ClarificationRoundTripTest.documents("prd.md", ClarificationRoundTripTest.PRD, "tech-stack.md",
                ClarificationRoundTripTest.STACK)), "v1");
        v2 = write(pipeline.run("cards", ClarificationRoundTripTest.documents("prd.md", ClarificationRoundTripTest.PRD, "tech-stack.md",
                ClarificationRoundTripTest.STACK, "clarifications.md", ClarificationRoundTripTest.CLARIFICATIONS)), "v2");
    }

    private static Path write(PipelineResult result, String name) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Artifact a : result.artifacts()) {
            files.put(a.name(), a.content());
        }
        Path dir = tmp.resolve(name);
        ArtifactFolder.write(dir, files);
        return dir;
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }

    @Test
    void diffListsTheChangesWritesTheMigrationAndRefusesWhatLosesData() throws IOException {
        Path out = tmp.resolve("migration");
        CommandRun run = CommandRun.of("diff", v1.toString(), v2.toString(), "--out", out.toString(), "--timestamp", "20261207120000");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("cards: ", "+ add table", "deck_cards", "- drop column", "column cards.deck_id", "[destructive, refused]",
                "~ modify enum", "add 'expert'", "answers q-parent-card-deck");
        assertThat(run.err()).contains("destructive changes were refused", "--allow-destructive");
        Map<String, String> files = tree(out);
        assertThat(files.keySet()).contains("migration.postgres.sql", "migration.sqlite.sql", "migration.md", "prisma/migrations/migration_lock.toml");
        assertThat(files.keySet()).anyMatch(k -> k.matches("prisma/migrations/20261207120000_schemawright_[0-9a-f]{8}/migration\\.sql"));
        assertThat(files.get("migration.postgres.sql")).contains("ALTER TYPE card_difficulty ADD VALUE IF NOT EXISTS 'expert' AFTER 'hard';",
                "CREATE TABLE deck_cards (", "-- REFUSED");

        Path again = tmp.resolve("migration-again");
        CommandRun.of("diff", v1.toString(), v2.resolve("model.json").toString(), "--out", again.toString(), "--timestamp", "20261207120000");
        assertThat(tree(again)).as("the same two designs give the same bytes").isEqualTo(files);

        CommandRun allowed = CommandRun.of("diff", v1.toString(), v2.toString(), "--allow-destructive");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(allowed.out()).contains("[destructive]").doesNotContain("refused");
    }

    @Test
    void badInputGetsAMessageNamingTheFile() throws IOException {
        CommandRun missing = CommandRun.of("diff", tmp.resolve("nowhere").toString(), v2.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nowhere does not exist");

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CommandRun noModel = CommandRun.of("diff", empty.toString(), v2.toString());
        assertThat(noModel.exitCode()).isEqualTo(1);
        assertThat(noModel.err()).contains("empty has no model.json");

        Path corrupt = Files.writeString(tmp.resolve("corrupt.json"), "{\"projectId\": 42, \"tables\": [");
        CommandRun broken = CommandRun.of("lint", corrupt.toString());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err()).contains("corrupt.json: not a Schemawright model.json");

        CommandRun badStamp = CommandRun.of("diff", v1.toString(), v2.toString(), "--out", tmp.resolve("x").toString(), "--timestamp", "yesterday");
        assertThat(badStamp.exitCode()).isEqualTo(2);
        assertThat(badStamp.err()).contains("--timestamp must be 14 digits");
    }

    @Test
    void lintReportsFindingsWithCodesAndFailsOnErrors() throws IOException {
        CommandRun clean = CommandRun.of("lint", v2.toString());
        assertThat(clean.exitCode()).as(clean.out()).isZero();
        assertThat(clean.out()).endsWith("0 errors, 0 warnings, 0 infos\n");
        String json = Files.readString(v2.resolve("model.json")).replace("\"rlsEnabled\": true", "\"rlsEnabled\": false");
        Path open = Files.writeString(tmp.resolve("open.json"), json);
        CommandRun errors = CommandRun.of("lint", open.toString());
        assertThat(errors.exitCode()).isEqualTo(1);
        assertThat(errors.out()).contains("error    policy-without-rls  table decks", "fix: enable row-level security");

        CommandRun changed = CommandRun.of("lint", v1.toString(), "--against", v2.toString());
        assertThat(changed.out()).contains("enum-value-changed-in-place  enum card_difficulty", "lost 'expert'");
        assertThat(changed.exitCode()).isEqualTo(1);
    }
}
