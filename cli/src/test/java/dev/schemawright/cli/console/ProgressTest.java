package dev.schemawright.cli.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final StringWriter sink = new StringWriter();
    private final AtomicLong nanos = new AtomicLong();

    private Progress progress(boolean live, int total) {
        return new Progress(new PrintWriter(sink, true), live, "projects", total, nanos::get);
    }

    @Test
    void onATerminalOneLineIsRewrittenWithCountPercentElapsedAndEta() {
        Progress p = progress(true, 14);
        nanos.set(2_000_000_000L);
        p.advance("1mcodes__julklapp");
        assertThat(sink.toString()).isEqualTo("\r[ 1/14 projects]   7%  2 s  ETA 26 s  1mcodes__julklapp");
        nanos.set(4_000_000_000L);
        p.update(7, "other");
        String first = "[ 1/14 projects]   7%  2 s  ETA 26 s  1mcodes__julklapp";
        String second = "[ 7/14 projects]  50%  4 s  ETA 4 s  other";
        assertThat(sink.toString()).endsWith("\r" + second + " ".repeat(first.length() - second.length()));
        p.clear();
        assertThat(sink.toString()).endsWith("\r" + " ".repeat("[ 7/14 projects]  50%  4 s  ETA 4 s  other".length()) + "\r");
    }

    @Test
    void whenDoneThereIsNoEta() {
        Progress p = progress(true, 2);
        nanos.set(61_000_000_000L);
        p.update(2, null);
        assertThat(sink.toString()).isEqualTo("\r[2/2 projects] 100%  1 min 1 s");
    }

    /** In a pipe or a log the plain lines are the whole output: no carriage returns, nothing at all from progress. */
    @Test
    void notOnATerminalItPrintsNothing() {
        Progress p = progress(false, 3);
        p.advance("a");
        p.println(new PrintWriter(sink, true), "ok    a: 9 files -> out/a");
        p.clear();
        assertThat(sink.toString()).isEqualTo("ok    a: 9 files -> out/a" + System.lineSeparator());
    }
}
