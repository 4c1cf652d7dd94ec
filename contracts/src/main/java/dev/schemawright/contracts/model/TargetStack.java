package dev.schemawright.contracts.model;

import java.util.Objects;

/** What the tech stack decided for the design: database engine (free text, e.g. "PostgreSQL"), auth, keys, ORM. */
public record TargetStack(String database, AuthProvider auth, KeyStrategy keys, String orm) {
    public TargetStack {
        database = database == null ? "PostgreSQL" : database;
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(keys, "keys");
        orm = orm == null ? "" : orm;
    }
}
