package dev.schemawright.contracts.model;

public enum Cardinality {
    ONE_TO_ONE, ONE_TO_MANY, MANY_TO_MANY
}
