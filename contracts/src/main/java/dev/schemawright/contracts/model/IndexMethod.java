package dev.schemawright.contracts.model;

public enum IndexMethod {
    BTREE,
    /** GIN over jsonb/arrays. */
    GIN,
    /** GIN with pg_trgm operator class for substring/ILIKE search (PostgreSQL only; others fall back to btree). */
    TRIGRAM,
    /** Full-text search over to_tsvector('simple', col). */
    FULLTEXT
}
