package dev.schemawright.ingest.parse;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads Tika parses on, a fixed number of them. A parse runs on one of these threads so its caller can stop
 * waiting after the parse-time limit; a parser that ignores the interrupt keeps its thread until it returns (bounded
 * by the extracted-text limit): that parse is <em>abandoned</em>. Nothing queues here: when every thread is taken,
 * {@link #submit} answers empty at once and the caller decides (ingest-service makes its parse worker wait, and answers
 * uploads 503 while abandoned parses hold every thread: {@link #exhausted()}). Parsers that ignore interruption can
 * therefore never pile up more threads than this.
 */
public final class ParseThreads {
    /** Shared by every {@code Ingestor} made without its own pool (the CLI, the tests): 4 threads. */
    private static final ParseThreads SHARED = new ParseThreads(4);

    private final int size;
    private final ThreadPoolExecutor pool;
    private final AtomicInteger abandoned = new AtomicInteger();

    public ParseThreads(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("at least one parse thread, got " + size);
        }
        this.size = size;
        AtomicInteger names = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(size, size, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "tika-parse-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
        this.pool.allowCoreThreadTimeOut(true);
    }

    public static ParseThreads shared() {
        return SHARED;
    }

    /** The parse on a free thread, or empty when every thread is taken (nothing is queued). */
    public <T> Optional<Future<T>> submit(Callable<T> parse) {
        Tracked<T> task = new Tracked<>(parse);
        try {
            pool.execute(task);
            return Optional.of(task);
        } catch (RejectedExecutionException e) {
            return Optional.empty();
        }
    }

    /** The caller gave up on this parse (past its time limit) and interrupted it; its thread counts as abandoned until it returns. */
    public void abandon(Future<?> parse) {
        if (parse instanceof Tracked<?> t) {
            t.abandon();
        }
        parse.cancel(true);
    }

    public int size() {
        return size;
    }

    /** Threads running a parse right now (abandoned ones included). */
    public int busy() {
        return pool.getActiveCount();
    }

    /** Parses given up on whose parser has not returned yet. */
    public int abandoned() {
        return abandoned.get();
    }

    /** Abandoned parses hold every thread: no parse can start until one of them returns. */
    public boolean exhausted() {
        return abandoned.get() >= size;
    }

    /** A task that knows whether its caller abandoned it, so the count drops when its parser finally returns. */
    private final class Tracked<T> extends FutureTask<T> {
        private final java.util.concurrent.atomic.AtomicBoolean given = new java.util.concurrent.atomic.AtomicBoolean();
        private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean();
        private final java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();

        Tracked(Callable<T> parse) {
            super(parse);
        }

        @Override
        public void run() {
            running.set(true);
            try {
                super.run();
            } finally {
                synchronized (this) {
                    finished.set(true);
                    if (given.get()) {
                        abandoned.decrementAndGet();
                    }
                }
            }
        }

        synchronized void abandon() {
            // FutureTask.cancel(true) makes isDone() true at once, so the thread's own end is what counts
            if (running.get() && !finished.get() && given.compareAndSet(false, true)) {
                abandoned.incrementAndGet();
            }
        }
    }
}
