package dev.schemawright.contracts.model;

public enum TableKind {
    /** A domain entity. */
    ENTITY,
    /** An M:N join table (composite key of two FKs, maybe with attributes). */
    JOIN,
    /** Child table split out of a multi-valued attribute or repeating group. */
    CHILD,
    /** Lookup/reference data. */
    LOOKUP,
    /** Append-only event, audit or metrics log. */
    LOG
}
