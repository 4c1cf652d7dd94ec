package dev.schemawright.contracts.model;

/**
 * Structured CHECK constraints. Renderers produce the expression per dialect; no raw SQL is carried.
 * Argument meaning per kind is given on each constant.
 */
public enum CheckKind {
    /** columns[0] length between args[0] and args[1] (either may be "" for open). */
    LENGTH_BETWEEN,
    /** columns[0] value between args[0] and args[1] inclusive (either may be "" for open). */
    VALUE_BETWEEN,
    /** columns[0] >= 0. */
    NON_NEGATIVE,
    /** columns[0] > 0. */
    POSITIVE,
    /** columns[0] in args (string values). Used where a target has no enum type, or for short closed sets. */
    IN_VALUES,
    /** trim(columns[0]) <> ''. */
    NOT_BLANK,
    /** columns[0] <> columns[1]. */
    COLUMNS_DIFFER,
    /** columns[0] <= columns[1] (e.g. start/end dates). */
    COLUMNS_ORDERED,
    /** columns[0] looks like an e-mail address. */
    EMAIL_FORMAT
}
