package dev.schemawright.modeling;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * The time budget of one design, in CPU time of the thread that designs (wall time would fail honest designs on a
 * loaded machine). {@link #check(String)} is cheap and is called between passes and for every statement a reader reads; a
 * statement's own cost is bounded by the statement length cap and by patterns without nested unbounded quantifiers, so a
 * design stops within one statement's work of its budget. An interrupted thread stops at the next check too.
 */
public final class Deadline {
    /** What a design may take when the caller names no budget: generous for a 1 MB PRD, short for a stuck thread. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(10);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Deadline NONE = new Deadline(Duration.ZERO, Long.MAX_VALUE, -1);

    /** The deadline of the design running on this thread, for readers deep below a pass (they check once per statement). */
    private static final ThreadLocal<Deadline> CURRENT = ThreadLocal.withInitial(() -> NONE);

    private final Duration budget;
    private final long budgetNanos;
    private final long startCpuNanos;

    private Deadline(Duration budget, long budgetNanos, long startCpuNanos) {
        this.budget = budget;
        this.budgetNanos = budgetNanos;
        this.startCpuNanos = startCpuNanos;
    }

    /** A budget of {@code budget} CPU time of the calling thread, from now. */
    public static Deadline after(Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("a design budget must be positive: " + budget);
        }
        long nanos = Math.min(budget.toNanos(), Duration.ofDays(36_500).toNanos());
        return new Deadline(budget, nanos, cpuNanos());
    }

    /** No budget at all (tests of one pass, benchmarks). */
    public static Deadline none() {
        return NONE;
    }

    /** The deadline of the design running on this thread, or {@link #none()}. */
    public static Deadline current() {
        return CURRENT.get();
    }

    /** Runs {@code work} with this deadline as the thread's current one. */
    public <T> T during(java.util.function.Supplier<T> work) {
        Deadline outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            CURRENT.set(outer);
        }
    }

    /** Throws {@link DesignTimeExceededException} once the budget is spent, or when the designing thread was interrupted. */
    public void check(String where) {
        if (this == NONE) {
            return;
        }
        if (cpuNanos() - startCpuNanos > budgetNanos || Thread.currentThread().isInterrupted()) {
            throw new DesignTimeExceededException(budget, where);
        }
    }

    /** CPU time of the calling thread; wall time where the JVM cannot measure it. */
    private static long cpuNanos() {
        long cpu = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        return cpu >= 0 ? cpu : System.nanoTime();
    }
}
