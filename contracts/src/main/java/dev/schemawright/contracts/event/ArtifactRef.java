package dev.schemawright.contracts.event;

import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.Lists;

/** One published artifact: name, object key, size in bytes, sha256 (hex) and content type. */
public record ArtifactRef(String name, String key, long size, String sha256, String contentType) {
    public ArtifactRef {
        if (!Ids.isArtifactName(name)) {
            throw new IllegalArgumentException("bad artifact name " + name);
        }
        Lists.requireText(key, "key");
        Lists.requireText(sha256, "sha256");
        Lists.requireText(contentType, "contentType");
        if (size < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }
}
