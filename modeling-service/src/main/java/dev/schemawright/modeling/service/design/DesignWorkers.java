package dev.schemawright.modeling.service.design;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs designs on a bounded set of threads, each within a time box, so that no single design can stop the others.
 * <ul>
 * <li>At most {@code workers} designs count as running; more wait in a bounded queue ({@link #submit} blocks when it
 * is full: back-pressure on the consumer, and a run waiting for a worker is still a run).</li>
 * <li>A design that passes its time box is reported {@link TimedOut} at once and interrupted. Its slot is freed for the
 * next design; its thread, if it ignores the interrupt (a regex in a loop does), is abandoned but still counted, and at
 * most {@code maxAbandoned} such threads may exist: then new designs wait rather than pile threads up.</li>
 * <li>Any {@link Throwable} of a design (StackOverflowError, OutOfMemoryError) becomes {@link Failed}, never escapes.</li>
 * </ul>
 * Threads are daemons: a stuck design never holds the JVM at shutdown. Plain Java, thread-safe.
 */
public final class DesignWorkers implements AutoCloseable {
    private final Duration timeBox;
    private final Semaphore slots;
    private final Semaphore threads;
    private final BlockingQueue<Job<?>> queue;
    private final ScheduledExecutorService clock;
    private final Thread dispatcher;
    private final AtomicInteger abandoned = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();
    private volatile boolean closed;

    public DesignWorkers(int workers, int maxAbandoned, Duration timeBox, int maxQueued) {
        if (workers < 1 || maxAbandoned < 0 || maxQueued < 1 || timeBox.isNegative() || timeBox.isZero()) {
            throw new IllegalArgumentException("design workers need positive bounds");
        }
        this.timeBox = timeBox;
        this.slots = new Semaphore(workers);
        this.threads = new Semaphore(workers + maxAbandoned);
        this.queue = new LinkedBlockingQueue<>(maxQueued);
        this.clock = Executors.newSingleThreadScheduledExecutor(daemon("design-clock"));
        this.dispatcher = daemon("design-dispatcher").newThread(this::dispatch);
        this.dispatcher.start();
    }

    /** How one design ended. */
    public sealed interface Outcome<T> permits Done, Failed, TimedOut {
    }

    public record Done<T>(T value, Duration took) implements Outcome<T> {
    }

    /** The design threw; {@code error} is whatever it threw, Errors included. */
    public record Failed<T>(Throwable error, Duration took) implements Outcome<T> {
    }

    public record TimedOut<T>(Duration timeBox) implements Outcome<T> {
    }

    private record Job<T>(String name, Callable<T> work, CompletableFuture<Outcome<T>> result) {
    }

    /** Queues a design; blocks while the queue is full. The future completes with its outcome, never exceptionally. */
    public <T> CompletableFuture<Outcome<T>> submit(String name, Callable<T> work) throws InterruptedException {
        if (closed) {
            throw new IllegalStateException("design workers are closed");
        }
        Job<T> job = new Job<>(name, work, new CompletableFuture<>());
        queue.put(job);
        return job.result();
    }

    private void dispatch() {
        try {
            while (!closed) {
                Job<?> job = queue.take();
                slots.acquire();
                threads.acquire();
                start(job);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final int RUNNING = 0;
    private static final int FINISHED = 1;
    private static final int TIMED_OUT = 2;

    private <T> void start(Job<T> job) {
        // whoever moves the state first (the design finishing, or its time box ending) reports the outcome and frees
        // the slot, exactly once; a thread that outlives its time box stays counted as abandoned until it ends
        AtomicInteger state = new AtomicInteger(RUNNING);
        running.incrementAndGet();
        started.incrementAndGet();
        long begin = System.nanoTime();
        Thread worker = daemon("design-" + job.name()).newThread(() -> {
            try {
                Outcome<T> outcome;
                try {
                    outcome = new Done<>(job.work().call(), since(begin));
                } catch (Throwable t) {
                    // Errors too: a StackOverflowError or an OutOfMemoryError in one design fails that run, not the service
                    outcome = new Failed<>(t, since(begin));
                }
                if (state.compareAndSet(RUNNING, FINISHED)) {
                    job.result().complete(outcome);
                    freeSlot();
                }
            } finally {
                if (state.get() == TIMED_OUT) {
                    abandoned.decrementAndGet();
                }
                threads.release();
            }
        });
        clock.schedule(() -> {
            if (state.compareAndSet(RUNNING, TIMED_OUT)) {
                abandoned.incrementAndGet();
                job.result().complete(new TimedOut<>(timeBox));
                worker.interrupt();
                freeSlot();
            }
        }, timeBox.toNanos(), TimeUnit.NANOSECONDS);
        worker.start();
    }

    private void freeSlot() {
        running.decrementAndGet();
        slots.release();
    }

    /** Designs running within their time box now. */
    public int running() {
        return running.get();
    }

    /** Threads of timed-out designs that have not stopped yet. */
    public int abandoned() {
        return abandoned.get();
    }

    public int queued() {
        return queue.size();
    }

    public int started() {
        return started.get();
    }

    public Duration timeBox() {
        return timeBox;
    }

    @Override
    public void close() {
        closed = true;
        dispatcher.interrupt();
        clock.shutdownNow();
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
