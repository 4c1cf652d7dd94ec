package dev.schemawright.contracts.event;

/** {@code attempt} was added within v1: absent (read as 0, see {@code @JsonSetter(nulls = AS_EMPTY)}) is the first attempt. */
final class Attempts {
    private Attempts() {
    }

    static int orFirst(int attempt) {
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must not be negative, got " + attempt);
        }
        return attempt == 0 ? 1 : attempt;
    }
}
