package dev.schemawright.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A parser that ignores interruption keeps its thread, and such parsers never take more threads than the pool has: a
 * parse submitted then is refused at once (nothing queues), and the pool is whole again when the parser returns.
 */
class ParseThreadsTest {
    /** A parse that ignores interrupts until released. */
    static Integer stubborn(CountDownLatch started, CountDownLatch release) {
        started.countDown();
        while (true) {
            try {
                if (release.await(10, TimeUnit.SECONDS)) {
                    return 1;
                }
            } catch (InterruptedException ignored) {
                // a parser that does not care
            }
        }
    }

    @Test
    void abandonedParsesHoldTheirThreadsAndNothingQueuesBehindThem() throws Exception {
        ParseThreads threads = new ParseThreads(2);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(2);
        Future<Integer> first = threads.submit(() -> stubborn(started, release)).orElseThrow();
        Future<Integer> second = threads.submit(() -> stubborn(started, release)).orElseThrow();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(threads.submit(() -> 2)).as("both threads taken").isEmpty();
        assertThat(threads.exhausted()).isFalse();

        threads.abandon(first);
        assertThat(threads.abandoned()).isEqualTo(1);
        assertThat(threads.exhausted()).isFalse();
        threads.abandon(second);
        threads.abandon(second);
        assertThat(threads.abandoned()).as("counted once").isEqualTo(2);
        assertThat(threads.exhausted()).isTrue();
        assertThat(threads.submit(() -> 2)).isEmpty();

        release.countDown();
        Optional<Future<Integer>> again = Optional.empty();
        for (int i = 0; i < 500 && again.isEmpty(); i++) {
            again = threads.exhausted() ? Optional.empty() : threads.submit(() -> 3);
            if (again.isEmpty()) {
                Thread.sleep(10);
            }
        }
        assertThat(again).as("a thread is free once an abandoned parser returns").isPresent();
        assertThat(again.get().get(10, TimeUnit.SECONDS)).isEqualTo(3);
    }

    @Test
    void anExtractionFindingNoFreeThreadSaysItIsBusyNotThatTheDocumentIsBroken() throws Exception {
        ParseThreads threads = new ParseThreads(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        threads.submit(() -> stubborn(started, release)).orElseThrow();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        TikaMarkdownExtractor.Extraction extraction = TikaMarkdownExtractor.extract("<p>x</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/html", DocumentFormat.HTML, 1000, java.time.Duration.ofSeconds(5), threads);
        assertThat(extraction.failure()).hasValueSatisfying(f -> {
            assertThat(f.busy()).isTrue();
            assertThat(f.reason()).contains("all 1 parse threads are taken");
        });
        release.countDown();
    }
}
