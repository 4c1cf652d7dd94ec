package dev.schemawright.render;

import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.requirement.RunIds;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/** One rendered file. */
public record Artifact(String name, String contentType, byte[] content) {
    public Artifact {
        if (!Ids.isArtifactName(name)) {
            throw new IllegalArgumentException("bad artifact name " + name);
        }
        Objects.requireNonNull(contentType, "contentType");
        content = content.clone();
    }

    public static Artifact text(String name, String contentType, String text) {
        return new Artifact(name, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    public long size() {
        return content.length;
    }

    public String sha256() {
        return RunIds.sha256Hex(content);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Artifact a && a.name.equals(name) && a.contentType.equals(contentType) && Arrays.equals(a.content, content);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "Artifact[" + name + ", " + contentType + ", " + content.length + " bytes]";
    }
}
