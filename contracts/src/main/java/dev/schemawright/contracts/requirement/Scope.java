package dev.schemawright.contracts.requirement;

/** Whether modeling may build anything for a requirement. */
public enum Scope {
    IN_SCOPE, OUT_OF_SCOPE, FUTURE;

    public boolean buildable() {
        return this == IN_SCOPE;
    }
}
