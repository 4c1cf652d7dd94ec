package dev.schemawright.ingestservice.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemawright.ingestservice.status.RunProgress.ArtifactEntry;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ManifestEntriesTest {

    @Test
    void listsTheArtifactsThenTheManifestAndSkipsUnsafeNames() {
        byte[] manifest = """
                {"artifacts": [
                  {"name": "schema.postgres.sql", "size": 120, "sha256": "aa", "contentType": "application/sql"},
                  {"name": "../escape.sh", "size": 1, "sha256": "bb", "contentType": "text/plain"},
                  {"name": "model.json", "size": 40, "sha256": "cc", "contentType": "application/json"}
                ]}
                """.getBytes(StandardCharsets.UTF_8);
        assertThat(ManifestEntries.parse(manifest)).extracting(ArtifactEntry::name)
                .containsExactly("schema.postgres.sql", "model.json", "manifest.json");
        assertThat(ManifestEntries.parse(manifest).get(2).size()).isEqualTo(manifest.length);
    }

    @Test
    void aBrokenManifestIsAnError() {
        assertThatThrownBy(() -> ManifestEntries.parse("{oops".getBytes(StandardCharsets.UTF_8))).isInstanceOf(IllegalArgumentException.class);
    }
}
