package dev.schemawright.ingestservice.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemawright.ingestservice.problem.ApiProblem;
import dev.schemawright.ingestservice.problem.ProblemError;
import dev.schemawright.ingestservice.upload.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveReaderTest {
    private static final int MB = 1024 * 1024;
    private static final ArchiveLimits LIMITS = new ArchiveLimits(100, 20L * MB, 4L * MB, 100, 10, MB);

    @TempDir
    Path dir;

    @Test
    void topLevelFoldersAreProjectsAndLitterLinksAndLooseFilesAreSkipped() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            add(zip, "beta/prd.md", "beta prd");
            add(zip, "alpha/prd.md", "alpha prd");
            add(zip, "alpha/docs/notes.md", "alpha notes");
            add(zip, "alpha/.DS_Store", "junk");
            add(zip, "__MACOSX/alpha/._prd.md", "junk");
            add(zip, "README.md", "not a project");
            ZipArchiveEntry link = new ZipArchiveEntry("alpha/passwd.md");
            link.setUnixMode(0120777);
            zip.putArchiveEntry(link);
            zip.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }
        BatchContents contents = read("batch.zip", bytes.toByteArray(), LIMITS);
        assertThat(contents.projects()).extracting(BatchContents.Project::projectId).containsExactly("alpha", "beta");
        assertThat(contents.projects().get(0).files()).extracting(UploadedFile::safeName).containsExactly("docs_notes.md", "prd.md");
        assertThat(contents.projects().get(0).files()).extracting(UploadedFile::uploadedName).containsExactly("docs/notes.md", "prd.md");
        assertThat(new String(contents.projects().get(1).files().get(0).content(), StandardCharsets.UTF_8)).isEqualTo("beta prd");
        assertThat(contents.ignored()).containsExactly("README.md: top-level file; documents belong in a project folder",
                "alpha/passwd.md: symbolic link");
    }

    @Test
    void tarGzLinksAndDevicesAreIgnored() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
            add(tar, new TarArchiveEntry("p1/prd.md"), "prd");
            TarArchiveEntry symlink = new TarArchiveEntry("p1/evil.md", TarArchiveEntry.LF_SYMLINK);
            symlink.setLinkName("/etc/shadow");
            add(tar, symlink, null);
            TarArchiveEntry hardlink = new TarArchiveEntry("p1/hard.md", TarArchiveEntry.LF_LINK);
            hardlink.setLinkName("p1/prd.md");
            add(tar, hardlink, null);
            add(tar, new TarArchiveEntry("p1/fifo", TarArchiveEntry.LF_FIFO), null);
        }
        BatchContents contents = read("batch.tar.gz", bytes.toByteArray(), LIMITS);
        assertThat(contents.projects()).singleElement().satisfies(p -> assertThat(p.files()).extracting(UploadedFile::safeName).containsExactly("prd.md"));
        assertThat(contents.ignored()).containsExactly("p1/evil.md: symbolic link", "p1/hard.md: hard link", "p1/fifo: not a regular file");
    }

    @Test
    void entriesThatClimbOutOrAreAbsoluteRejectTheArchiveAndAreAllListed() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("p1/prd.md", "ok");
        entries.put("p1/../../etc/cron.d/x", "evil");
        entries.put("/abs/prd.md", "evil");
        entries.put("C:\\Windows\\x.md", "evil");
        ApiProblem problem = rejected("bad.zip", zip(entries), LIMITS);
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.code()).isEqualTo("unsafe-archive-entry");
        assertThat(problem.problem().errors()).extracting(ProblemError::entry)
                .containsExactly("p1/../../etc/cron.d/x", "/abs/prd.md", "C:/Windows/x.md");

        assertThat(rejected("bad.tar.gz", tarGz(Map.of("/etc/passwd", "x")), LIMITS).code()).isEqualTo("unsafe-archive-entry");
        assertThat(rejected("bad.tar.gz", tarGz(Map.of("p/../../x.md", "x")), LIMITS).code()).isEqualTo("unsafe-archive-entry");
    }

    @Test
    void tooManyEntriesIsRefusedBeforeAnythingIsInflated() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("p/bomb.md", "\0".repeat(8 * MB));
        for (int i = 0; i < 200; i++) {
            entries.put("p/" + i + ".md", "x");
        }
        // the bomb would be refused too, but the count is checked first, on the central directory alone
        assertThat(rejected("many.zip", zip(entries), LIMITS)).satisfies(p -> {
            assertThat(p.status()).isEqualTo(413);
            assertThat(p.code()).isEqualTo("too-many-entries");
        });
        // tar.gz has no directory: entries are counted as their headers stream by
        entries.remove("p/bomb.md");
        assertThat(rejected("many.tar.gz", tarGz(entries), LIMITS).code()).isEqualTo("too-many-entries");
    }

    @Test
    void bombsAreRefusedByTheirRatio() throws IOException {
        ArchiveLimits roomy = new ArchiveLimits(100, 500L * MB, 100L * MB, 100, 10, MB);
        Map<String, String> bomb = Map.of("p/prd.md", "\0".repeat(30 * MB));
        assertThat(rejected("bomb.zip", zip(bomb), roomy).code()).isEqualTo("suspicious-compression-ratio");
        assertThat(rejected("bomb.tar.gz", tarGz(bomb), roomy).code()).isEqualTo("suspicious-compression-ratio");
    }

    @Test
    void sizesArePerFileAndInTotal() throws IOException {
        ArchiveLimits noRatio = new ArchiveLimits(100, 6L * MB, 4L * MB, 1_000_000, 10, MB);
        assertThat(rejected("big.zip", zip(Map.of("p/prd.md", "a".repeat(5 * MB))), noRatio))
                .satisfies(p -> assertThat(p.status() + " " + p.code()).isEqualTo("413 document-too-large"));
        assertThat(rejected("big.tar.gz", tarGz(Map.of("p/prd.md", "a".repeat(5 * MB))), noRatio).code()).isEqualTo("document-too-large");
        Map<String, String> three = Map.of("p/a.md", "a".repeat(3 * MB), "p/b.md", "b".repeat(3 * MB), "q/c.md", "c".repeat(3 * MB));
        assertThat(rejected("total.zip", zip(three), noRatio).code()).isEqualTo("archive-too-large");
        assertThat(rejected("total.tar.gz", tarGz(three), noRatio).code()).isEqualTo("archive-too-large");
    }

    @Test
    void projectFoldersMustBeProjectIdsAndTheirNumberIsBounded() throws IOException {
        ApiProblem invalid = rejected("names.zip", zip(Map.of("my project/prd.md", "x", "ok/prd.md", "y", "ünï/prd.md", "z")), LIMITS);
        assertThat(invalid.code()).isEqualTo("invalid-project-id");
        assertThat(invalid.problem().errors()).extracting(ProblemError::entry).containsExactlyInAnyOrder("my project", "ünï");

        Map<String, String> eleven = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            eleven.put("p" + i + "/prd.md", "x");
        }
        assertThat(rejected("projects.zip", zip(eleven), LIMITS).code()).isEqualTo("too-many-projects");
    }

    @Test
    void notAnArchiveOrABrokenOneOrAnEmptyOne() throws IOException {
        assertThat(rejected("x.zip", "# just markdown".getBytes(StandardCharsets.UTF_8), LIMITS).status()).isEqualTo(415);
        byte[] broken = new byte[300];
        broken[0] = 'P';
        broken[1] = 'K';
        broken[2] = 3;
        broken[3] = 4;
        assertThat(rejected("broken.zip", broken, LIMITS).code()).isEqualTo("corrupt-archive");
        assertThat(rejected("broken.tar.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3}, LIMITS).code()).isEqualTo("corrupt-archive");
        assertThat(rejected("empty.zip", zip(Map.of("README.md", "x")), LIMITS).code()).isEqualTo("empty-batch");
    }

    private BatchContents read(String name, byte[] bytes, ArchiveLimits limits) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return new ArchiveReader(limits).read(file);
    }

    private ApiProblem rejected(String name, byte[] bytes, ArchiveLimits limits) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        ApiProblem[] caught = new ApiProblem[1];
        assertThatThrownBy(() -> new ArchiveReader(limits).read(file)).isInstanceOfSatisfying(ApiProblem.class, p -> caught[0] = p);
        return caught[0];
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                add(zip, e.getKey(), e.getValue());
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] tarGz(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                add(tar, new TarArchiveEntry(e.getKey(), true), e.getValue());
            }
        }
        return bytes.toByteArray();
    }

    private static void add(ZipArchiveOutputStream zip, String name, String content) throws IOException {
        zip.putArchiveEntry(new ZipArchiveEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeArchiveEntry();
    }

    private static void add(TarArchiveOutputStream tar, TarArchiveEntry entry, String content) throws IOException {
        byte[] bytes = content == null ? new byte[0] : content.getBytes(StandardCharsets.UTF_8);
        entry.setSize(bytes.length);
        tar.putArchiveEntry(entry);
        tar.write(bytes);
        tar.closeArchiveEntry();
    }
}
