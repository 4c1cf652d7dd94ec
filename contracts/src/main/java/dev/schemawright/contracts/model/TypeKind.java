package dev.schemawright.contracts.model;

/** Logical column types; each renderer maps them to its dialect. */
public enum TypeKind {
    UUID, TEXT, VARCHAR, SMALLINT, INTEGER, BIGINT, NUMERIC, REAL, BOOLEAN, DATE, TIME, TIMESTAMPTZ, INTERVAL, JSON, BYTES, ENUM
}
