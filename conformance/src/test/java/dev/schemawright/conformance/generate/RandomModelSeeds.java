package dev.schemawright.conformance.generate;

/** The fixed seeds of the random-model conformance run: deterministic, so a failure reproduces from its index. */
public final class RandomModelSeeds {
    /** Number of models each property checks (~50 keeps the module within its time budget on 2 cores). */
    public static final int COUNT = 50;
    private static final long BASE = 0x5eed_2026_1122L;

    private RandomModelSeeds() {
    }

    public static long seed(long index) {
        return BASE + index * 7919;
    }
}
