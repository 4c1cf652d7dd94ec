package dev.schemawright.contracts.model;

/** Partial-index predicates, structured (no raw SQL). */
public enum IndexPredicate {
    NONE,
    /** WHERE deleted_at IS NULL (soft delete). */
    NOT_DELETED,
    /** WHERE columns[0] IS NOT NULL. */
    FIRST_NOT_NULL
}
