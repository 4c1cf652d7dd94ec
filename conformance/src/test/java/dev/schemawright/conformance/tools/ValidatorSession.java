package dev.schemawright.conformance.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One long-lived validator process in {@code --serve --json} mode: we write a file path per line to its stdin and read
 * one JSON verdict per line from its stdout. Starting node (mermaid under jsdom) or python (SQLAlchemy) costs about a
 * second, so one process serves every file of a test run. A hung or dead tool fails the check with its stderr, and
 * the next check starts a fresh process.
 */
public final class ValidatorSession implements AutoCloseable {
    private static final Object EOF = new Object();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STDERR_LINES = 40;

    private final String name;
    private final List<String> command;
    private final Path workDir;
    private final Duration timeout;
    private Process process;
    private Writer stdin;
    private BlockingQueue<Object> stdout;
    private final Deque<String> stderrTail = new ArrayDeque<>();

    public ValidatorSession(String name, List<String> command, Path workDir, Duration timeout) {
        this.name = name;
        this.command = List.copyOf(command);
        this.workDir = workDir;
        this.timeout = timeout;
    }

    /** The tool's verdict on one file: its JSON line (with at least "ok" and "error"). */
    public synchronized JsonNode check(Path file) {
        ensureStarted();
        try {
            stdin.write(file.toAbsolutePath() + "\n");
            stdin.flush();
            Object line = stdout.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                String tail = stderr();
                stop();
                throw new AssertionError(name + " did not answer within " + timeout.toSeconds() + " s for " + file + "\n" + tail);
            }
            if (line == EOF) {
                String tail = stderr();
                stop();
                throw new AssertionError(name + " exited while checking " + file + " (command " + command + ")\n" + tail);
            }
            return JSON.readTree((String) line);
        } catch (IOException e) {
            String tail = stderr();
            stop();
            throw new AssertionError(name + " failed on " + file + ": " + e.getMessage() + "\n" + tail, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while " + name + " checked " + file, e);
        }
    }

    private void ensureStarted() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            process = new ProcessBuilder(command).directory(workDir.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("cannot start " + name + " (" + command + "): " + e.getMessage()
                    + ". " + ValidatorTools.INSTALL_HINT, e);
        }
        stdin = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        BlockingQueue<Object> lines = new LinkedBlockingQueue<>();
        stdout = lines;
        Process p = process;
        Thread out = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    if (l.startsWith("{")) {
                        lines.add(l);
                    }
                }
            } catch (IOException ignored) {
                // the process went away; EOF below tells the waiting check
            }
            lines.add(EOF);
        }, name + "-stdout");
        Thread err = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    synchronized (stderrTail) {
                        stderrTail.addLast(l);
                        if (stderrTail.size() > STDERR_LINES) {
                            stderrTail.removeFirst();
                        }
                    }
                }
            } catch (IOException ignored) {
                // nothing more to collect
            }
        }, name + "-stderr");
        out.setDaemon(true);
        err.setDaemon(true);
        out.start();
        err.start();
    }

    private String stderr() {
        synchronized (stderrTail) {
            return stderrTail.isEmpty() ? "(no stderr)" : "stderr:\n" + String.join("\n", new ArrayList<>(stderrTail));
        }
    }

    private void stop() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            try {
                stdin.close();
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException ignored) {
                // forced below
            }
        }
        stop();
    }
}
