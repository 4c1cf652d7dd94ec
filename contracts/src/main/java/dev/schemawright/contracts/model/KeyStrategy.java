package dev.schemawright.contracts.model;

public enum KeyStrategy {
    UUID, IDENTITY
}
