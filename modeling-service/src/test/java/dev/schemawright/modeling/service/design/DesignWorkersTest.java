package dev.schemawright.modeling.service.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DesignWorkersTest {
    final AtomicBoolean stop = new AtomicBoolean();
    DesignWorkers workers;

    @AfterEach
    void release() {
        stop.set(true);
        if (workers != null) {
            workers.close();
        }
    }

    /** A design that ignores interruption, as a catastrophic regex does: it runs until the test releases it. */
    String spinUninterruptibly() {
        long n = 0;
        while (!stop.get()) {
            n++;
        }
        return "spun " + n;
    }

    @Test
    void aStuckDesignTimesOutAndTheOthersStillRun() throws Exception {
        workers = new DesignWorkers(2, 2, Duration.ofMillis(300), 100);
        CompletableFuture<DesignWorkers.Outcome<String>> stuck = workers.submit("stuck", this::spinUninterruptibly);
        List<CompletableFuture<DesignWorkers.Outcome<String>>> quick = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            quick.add(workers.submit("quick-" + i, () -> "model " + n));
        }
        for (var f : quick) {
            assertThat(f.get(5, TimeUnit.SECONDS)).isInstanceOf(DesignWorkers.Done.class);
        }
        assertThat(stuck.get(5, TimeUnit.SECONDS)).isInstanceOf(DesignWorkers.TimedOut.class);
        assertThat(workers.abandoned()).as("the stuck thread is still counted").isEqualTo(1);
        stop.set(true);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (workers.abandoned() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(workers.abandoned()).as("once it stops, its thread is given back").isZero();
    }

    @Test
    void abandonedThreadsAreBoundedAndLaterDesignsWaitInsteadOfPilingUp() throws Exception {
        workers = new DesignWorkers(1, 1, Duration.ofMillis(200), 100);
        var first = workers.submit("stuck-1", this::spinUninterruptibly);
        var second = workers.submit("stuck-2", this::spinUninterruptibly);
        var third = workers.submit("waits", () -> "late but done");
        assertThat(first.get(5, TimeUnit.SECONDS)).isInstanceOf(DesignWorkers.TimedOut.class);
        assertThat(second.get(5, TimeUnit.SECONDS)).isInstanceOf(DesignWorkers.TimedOut.class);
        Thread.sleep(300);
        assertThat(third).as("two stuck threads = 1 worker + 1 abandoned: no third thread").isNotDone();
        assertThat(workers.queued() + (third.isDone() ? 0 : 1)).isPositive();
        stop.set(true);
        assertThat(third.get(5, TimeUnit.SECONDS)).isEqualTo(new DesignWorkers.Done<>("late but done", ((DesignWorkers.Done<String>) third.get()).took()));
    }

    @Test
    void errorsOfADesignBecomeAFailureNotACrash() throws Exception {
        workers = new DesignWorkers(1, 0, Duration.ofSeconds(5), 10);
        var overflow = workers.submit("deep", () -> recurse(0));
        var oom = workers.<Integer>submit("oom", () -> {
            throw new OutOfMemoryError("Java heap space (simulated)");
        });
        var next = workers.submit("next", () -> 42);
        assertThat(((DesignWorkers.Failed<Integer>) overflow.get(10, TimeUnit.SECONDS)).error()).isInstanceOf(StackOverflowError.class);
        assertThat(((DesignWorkers.Failed<Integer>) oom.get(10, TimeUnit.SECONDS)).error()).isInstanceOf(OutOfMemoryError.class);
        assertThat(((DesignWorkers.Done<Integer>) next.get(10, TimeUnit.SECONDS)).value()).isEqualTo(42);
    }

    @Test
    void aFullQueueMakesTheSubmitterWait() throws Exception {
        workers = new DesignWorkers(1, 0, Duration.ofSeconds(10), 1);
        workers.submit("busy", this::spinUninterruptibly);
        Thread.sleep(100);
        workers.submit("held-by-the-dispatcher", () -> "x");
        Thread.sleep(100);
        workers.submit("queued", () -> "x");
        CompletableFuture<Void> blocked = CompletableFuture.runAsync(() -> {
            try {
                workers.submit("blocked", () -> "y");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.sleep(200);
        assertThat(blocked).isNotDone();
        stop.set(true);
        blocked.get(5, TimeUnit.SECONDS);
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
