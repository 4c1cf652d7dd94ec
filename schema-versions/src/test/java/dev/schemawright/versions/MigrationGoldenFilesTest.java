package dev.schemawright.versions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.render.Artifact;
import dev.schemawright.versions.migrate.MigrationOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exact migration files for the hand-built pairs, each with destructive changes refused (the default) and allowed,
 * compared with src/test/resources/golden/{pair}/{refused,allowed}/. Reviewed like code; after an intended change
 * regenerate with {@code ./mvnw -o -q -pl schema-versions test -Dtest=MigrationGoldenFilesTest -Dgolden.update=true}
 * and read the diff. The conformance module proves the same kind of files on real PostgreSQL and SQLite.
 */
class MigrationGoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final SchemaMigrator MIGRATOR = new SchemaMigrator();

    static Stream<Arguments> files() {
        List<Arguments> out = new ArrayList<>();
        Map<String, SchemaModel[]> pairs = Map.of("cards", new SchemaModel[] {VersionPairs.cardsBefore(), VersionPairs.cardsAfter()},
                "notes", new SchemaModel[] {VersionPairs.notesBefore(), VersionPairs.notesAfter()});
        pairs.forEach((name, pair) -> {
            for (boolean allow : new boolean[] {false, true}) {
                Migration m = MIGRATOR.plan(pair[0], pair[1], MigrationOptions.defaults().withAllowDestructive(allow));
                String mode = allow ? "allowed" : "refused";
                MIGRATOR.render(m).forEach(a -> out.add(Arguments.of(name + "/" + mode, a.name(), a.text())));
                MIGRATOR.prismaFolder(m, "20261207120000").forEach((path, bytes) ->
                        out.add(Arguments.of(name + "/" + mode, path, new String(bytes, StandardCharsets.UTF_8))));
            }
        });
        return out.stream().sorted((x, y) -> (x.get()[0] + "/" + x.get()[1]).compareTo(y.get()[0] + "/" + y.get()[1]));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("files")
    void fileMatchesGoldenFile(String pair, String name, String text) throws IOException {
        Path file = GOLDEN.resolve(pair).resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file (create it with -Dgolden.update=true, then review it)").exists();
        assertThat(text).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The same two models give byte-identical files (no clock, no hash order). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void renderingTwiceGivesTheSameBytes(String pair, String name, String text) {
        String[] parts = pair.split("/");
        SchemaModel[] models = parts[0].equals("cards") ? new SchemaModel[] {VersionPairs.cardsBefore(), VersionPairs.cardsAfter()}
                : new SchemaModel[] {VersionPairs.notesBefore(), VersionPairs.notesAfter()};
        Migration m = MIGRATOR.plan(models[0], models[1], MigrationOptions.defaults().withAllowDestructive(parts[1].equals("allowed")));
        List<Artifact> again = MIGRATOR.render(m);
        again.stream().filter(a -> a.name().equals(name)).forEach(a -> assertThat(a.text()).isEqualTo(text));
    }
}
