package dev.schemawright.cli.console;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Progress of long work ({@code design --batch}, {@code submit --batch}): on a terminal one line rewritten in place
 * with the count, percentage, elapsed time and ETA; anywhere else (a pipe, a log, CI) nothing, so the plain per-project
 * lines stay the whole output. Written to stderr, so {@code --json} on stdout stays parseable.
 */
public final class Progress {
    private final PrintWriter err;
    private final boolean live;
    private final LongSupplier nanoClock;
    private final long start;
    private final String noun;
    private final int total;
    private int done;
    private int width;

    Progress(PrintWriter err, boolean live, String noun, int total, LongSupplier nanoClock) {
        this.err = err;
        this.live = live;
        this.noun = noun;
        this.total = total;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    /** Live only when this process talks to a terminal; {@code SCHEMAWRIGHT_PROGRESS=never|always} overrides that. */
    public static Progress of(PrintWriter err, String noun, int total) {
        String setting = System.getenv().getOrDefault("SCHEMAWRIGHT_PROGRESS", "auto");
        boolean live = "always".equals(setting) || !"never".equals(setting) && System.console() != null;
        return new Progress(err, live, noun, total, System::nanoTime);
    }

    public boolean live() {
        return live;
    }

    /** {@code done} of {@code total} finished; {@code last} names what finished or is running. */
    public synchronized void update(int doneNow, String last) {
        this.done = doneNow;
        if (!live) {
            return;
        }
        String line = line(last);
        int pad = Math.max(0, width - line.length());
        width = line.length();
        err.print("\r" + line + " ".repeat(pad));
        err.flush();
    }

    public synchronized void advance(String last) {
        update(done + 1, last);
    }

    /** Clears the live line, so the lines printed next start at column 0. */
    public synchronized void clear() {
        if (live && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }

    /** Prints a line above the live one (which is redrawn by the next update). */
    public synchronized void println(PrintWriter out, String text) {
        clear();
        out.println(text);
        out.flush();
    }

    String line(String last) {
        long elapsed = nanoClock.getAsLong() - start;
        String eta = done == 0 || done >= total ? "" : "  ETA " + seconds(elapsed * (total - done) / done);
        int percent = total == 0 ? 100 : done * 100 / total;
        String count = String.valueOf(total);
        String label = last == null || last.isEmpty() ? "" : "  " + last;
        return String.format("[%" + count.length() + "d/%s %s] %3d%%  %s%s%s", done, count, noun, percent, seconds(elapsed), eta, label);
    }

    private static String seconds(long nanos) {
        long s = Duration.ofNanos(nanos).toSeconds();
        return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
    }
}
