package dev.schemawright.cli.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemawright.cli.CommandRun;
import dev.schemawright.cli.ExitCodes;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.requirement.RunIds;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchDesignTest {
    /** The dev corpus at the repository root: real PRDs written outside this project. */
    static final Path CORPUS = Path.of("..", "corpus", "dev");
    /** The nine artifacts every project gets (TEAM conventions; names exactly). */
    static final List<String> NINE = List.of("design.md", "db-plan.md", "schema.postgres.sql", "schema.sqlite.sql", "schema.prisma",
            "models.py", "erd.mmd", "model.json", "manifest.json");

    @TempDir
    Path tmp;

    @Test
    void badFoldersAreReportedAndTheOthersStillWritten() throws IOException {
        Path root = tmp.resolve("in");
        copyProject(firstCorpusProject(), root.resolve("good"));
        copyProject(firstCorpusProject(), root.resolve("bad name"));
        Files.createDirectories(root.resolve("empty"));
        Files.writeString(root.resolve("empty/.DS_Store"), "hidden files are not documents");
        Path huge = Files.createDirectories(root.resolve("huge")).resolve("prd.md");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(DocumentFolder.READ_LIMIT_BYTES + 1);
        }
        Files.writeString(root.resolve("notes.txt"), "a file beside the project folders is no project");
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + (i >> 3));
        }
        Files.write(Files.createDirectories(root.resolve("corrupt")).resolve("prd.md"), binary);

        Path out = tmp.resolve("out");
        CommandRun run = CommandRun.of("design", "--batch", root.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("ok    good: ");
        assertThat(run.err())
                .contains("project id 'bad-name' derived from the folder name 'bad name'")
                .contains("FAIL  empty: no input documents")
                .contains("FAIL  huge: prd.md: document-too-large")
                .contains("FAIL  corrupt: prd.md: binary-content")
                .contains("5 projects: 2 designed, 3 failed")
                .doesNotContain("\tat ");
        assertThat(listFiles(out.resolve("good"))).containsExactlyInAnyOrderElementsOf(NINE);
        assertThat(listFiles(out.resolve("bad name"))).containsExactlyInAnyOrderElementsOf(NINE);
        assertThat(out.resolve("empty")).doesNotExist();
        assertThat(out.resolve("huge")).doesNotExist();
        assertThat(out.resolve("corrupt")).doesNotExist();
    }

    @Test
    void failuresAreReportedInFolderOrderWhateverOrderTheyFinish() throws IOException {
        Path root = tmp.resolve("in");
        for (String name : List.of("d-empty", "a-empty", "c-empty", "b-empty")) {
            Files.createDirectories(root.resolve(name));
        }
        CommandRun run = CommandRun.of("design", "--batch", root.toString(), "--out", tmp.resolve("out").toString(), "--jobs", "4");
        assertThat(run.err().lines().filter(l -> l.startsWith("FAIL")).map(l -> l.substring(6, 13)).toList())
                .containsExactly("a-empty", "b-empty", "c-empty", "d-empty");
    }

    @Test
    void aRootWithoutProjectFoldersFails() throws IOException {
        Files.createDirectories(tmp.resolve("in"));
        CommandRun run = CommandRun.of("design", "--batch", tmp.resolve("in").toString(), "--out", tmp.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("no project folders in");
    }

    /**
     * Three real projects designed one at a time and three at once: the same bytes, and every artifact the manifest lists
     * is there with its size and sha256. (The whole corpus runs in .ci/run and in conformance; three keep this fast.)
     */
    @Test
    void theSameInputsGiveByteIdenticalFilesWhateverThePoolSize() throws IOException {
        Path root = tmp.resolve("in");
        for (Path project : smallestCorpusProjects(3)) {
            copyProject(project, root.resolve(project.getFileName().toString()));
        }
        Path once = tmp.resolve("once");
        Path twice = tmp.resolve("twice");
        CommandRun serial = CommandRun.of("design", "--batch", root.toString(), "--out", once.toString(), "--jobs", "1");
        assertThat(serial.exitCode()).as(serial.err()).isZero();
        assertThat(CommandRun.of("design", "--batch", root.toString(), "--out", twice.toString(), "--jobs", "3").exitCode()).isZero();

        Map<String, String> first = digests(once);
        assertThat(first).hasSize(3 * NINE.size());
        assertThat(digests(twice)).isEqualTo(first);
        for (String project : listFiles(once)) {
            assertThat(listFiles(once.resolve(project))).containsExactlyInAnyOrderElementsOf(NINE);
            assertManifestMatchesFiles(once.resolve(project));
        }
    }

    static void assertManifestMatchesFiles(Path written) throws IOException {
        JsonNode manifest = JsonCodec.mapper().readTree(Files.readAllBytes(written.resolve("manifest.json")));
        List<String> listed = new ArrayList<>();
        for (JsonNode entry : manifest.get("artifacts")) {
            Path file = written.resolve(entry.get("name").asText());
            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes.length).as(file.toString()).isEqualTo(entry.get("size").asLong());
            assertThat(RunIds.sha256Hex(bytes)).as(file.toString()).isEqualTo(entry.get("sha256").asText());
            listed.add(entry.get("name").asText());
        }
        listed.add("manifest.json");
        assertThat(listFiles(written)).containsExactlyInAnyOrderElementsOf(listed);
    }

    static List<Path> smallestCorpusProjects(int n) throws IOException {
        Map<Long, Path> bySize = new TreeMap<>();
        for (Path project : corpusProjects()) {
            long size = 0;
            for (Path doc : DocumentFolder.documentFiles(project)) {
                size += Files.size(doc);
            }
            bySize.put(size * 1000 + bySize.size(), project);
        }
        return bySize.values().stream().limit(n).toList();
    }

    static List<Path> corpusProjects() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    static Path firstCorpusProject() throws IOException {
        return smallestCorpusProjects(1).get(0);
    }

    static void copyProject(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (Path doc : DocumentFolder.documentFiles(from)) {
            Files.copy(doc, to.resolve(doc.getFileName().toString()));
        }
    }

    static List<String> listFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** relative path -> sha256 of every file under the folder. */
    static Map<String, String> digests(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), RunIds.sha256Hex(Files.readAllBytes(p)));
            }
        }
        return out;
    }
}
