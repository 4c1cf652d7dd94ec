package dev.schemawright.storage;

/** What a conditional write did; idempotent publishing relies on telling these apart. */
public enum WriteOutcome {
    /** The key did not exist and now holds the bytes. */
    CREATED,
    /** The key already held exactly these bytes and content type: nothing was written. */
    UNCHANGED,
    /** The key held something else and was overwritten. */
    REPLACED,
    /** The key held something else and was left alone (put-if-absent). */
    KEPT_EXISTING
}
