package dev.schemawright.contracts;

/** Identity of the generator: part of every runId, so a new generator version gives a new run for the same inputs. */
public final class Generator {
    public static final String NAME = "schemawright";
    public static final String VERSION = "0.1.0";

    private Generator() {
    }
}
