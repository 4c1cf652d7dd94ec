package dev.schemawright.contracts.model;

public enum PolicyCommand {
    SELECT, INSERT, UPDATE, DELETE
}
