package dev.schemawright.storage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/** An object's bytes and its content type, as read back from storage. */
public record StoredObject(byte[] bytes, String contentType) {
    public StoredObject {
        bytes = bytes.clone();
        Objects.requireNonNull(contentType, "contentType");
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredObject s && s.contentType.equals(contentType) && Arrays.equals(s.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) * 31 + contentType.hashCode();
    }

    @Override
    public String toString() {
        return "StoredObject[" + contentType + ", " + bytes.length + " bytes]";
    }
}
