package dev.schemawright.cli.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {
    @TempDir
    Path tmp;

    @Test
    void anArchiveIsUsedOnlyWhenNoJarIsNewerThanIt() throws IOException {
        Path app = Files.createDirectories(tmp.resolve("quarkus-app/lib/main"));
        Path jar = Files.writeString(app.resolve("a.jar"), "jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Path archive = tmp.resolve("cds/ingest-service.jsa");

        assertThat(ClassDataArchive.usable(archive, tmp.resolve("quarkus-app"))).as("none yet").isFalse();
        ClassDataArchive.prepare(archive);
        assertThat(Files.isDirectory(archive.getParent())).isTrue();
        Files.write(archive, new byte[] {1, 2, 3});
        Files.setLastModifiedTime(archive, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
        assertThat(ClassDataArchive.usable(archive, tmp.resolve("quarkus-app"))).isTrue();

        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-03T00:00:00Z")));
        assertThat(ClassDataArchive.usable(archive, tmp.resolve("quarkus-app"))).as("rebuilt after the archive").isFalse();
        ClassDataArchive.prepare(archive);
        assertThat(archive).doesNotExist();
    }
}
