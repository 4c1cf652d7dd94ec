package dev.schemawright.contracts.model;

public enum FkAction {
    CASCADE, RESTRICT, SET_NULL, NO_ACTION
}
