package dev.schemawright.contracts.requirement;

import dev.schemawright.contracts.Lists;
import java.util.Arrays;
import java.util.Objects;

/** A document as uploaded: file name, optional explicit role (null = infer), raw bytes. */
public record InputDocument(String name, DocumentRole role, byte[] content) {
    public InputDocument {
        Lists.requireText(name, "document name");
        Objects.requireNonNull(content, "content");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputDocument d && d.name.equals(name) && d.role == role && Arrays.equals(d.content, content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, role) * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "InputDocument[" + name + ", " + role + ", " + content.length + " bytes]";
    }
}
