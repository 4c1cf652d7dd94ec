package dev.schemawright.storage;

import java.time.Instant;

/** Metadata of a stored object without its bytes: what a listing or a HEAD returns. */
public record ObjectInfo(String key, long size, String etag, Instant lastModified) {
}
