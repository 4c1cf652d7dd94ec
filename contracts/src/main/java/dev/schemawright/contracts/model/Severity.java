package dev.schemawright.contracts.model;

public enum Severity {
    INFO, WARNING, ERROR
}
