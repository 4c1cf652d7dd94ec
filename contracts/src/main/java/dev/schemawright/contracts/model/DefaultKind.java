package dev.schemawright.contracts.model;

/** Portable default-value kinds; renderers translate each per dialect, so no raw SQL travels in the model. */
public enum DefaultKind {
    /** {@code value} is a string literal (renderers quote/escape it). */
    STRING,
    /** {@code value} is a decimal number literal. */
    NUMBER,
    /** {@code value} is "true" or "false". */
    BOOLEAN,
    /** {@code value} is one of the column's enum values. */
    ENUM_VALUE,
    /** Current timestamp. */
    NOW,
    /** Current date. */
    TODAY,
    /** A generated random uuid. */
    RANDOM_UUID,
    /** The authenticated user's id (Supabase auth.uid()). */
    CURRENT_USER,
    /** Empty JSON object. */
    EMPTY_JSON_OBJECT,
    /** Empty JSON array / empty array. */
    EMPTY_ARRAY
}
