package dev.schemawright.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Starts services as child processes, waits until each is ready, records their pids under a run directory and
 * stops them again. Used by {@code ./schemawright up/down} and by the end-to-end tests.
 *
 * <p>Layout of the run directory: {@code <name>.pid} (pid and process start time, so a recycled pid is never
 * killed) and {@code logs/<name>.log} (stdout and stderr of the process).
 */
public final class ServiceLauncher implements AutoCloseable {
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(100);

    private final Path runDir;
    private final List<Started> started = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private record Started(LaunchedService service, Process process) {
    }

    public ServiceLauncher(Path runDir) {
        this.runDir = runDir;
        try {
            Files.createDirectories(runDir.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + runDir, e);
        }
    }

    public Path runDir() {
        return runDir;
    }

    /** Starts one service and waits until it is ready; on failure the process is stopped and the log tail reported. */
    public LaunchedService launch(ServiceSpec spec) {
        return launchAll(List.of(spec)).get(0);
    }

    /** Starts every service at once (they boot in parallel), then waits for each; returns them in the given order. */
    public List<LaunchedService> launchAll(List<ServiceSpec> specs) {
        List<Process> processes = new ArrayList<>();
        List<Instant> startedAt = new ArrayList<>();
        for (ServiceSpec spec : specs) {
            startedAt.add(Instant.now());
            processes.add(spawn(spec));
        }
        List<LaunchedService> result = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ServiceSpec spec = specs.get(i);
            Process process = processes.get(i);
            try {
                awaitReady(spec, process, startedAt.get(i));
            } catch (RuntimeException e) {
                // nothing half-started survives a failed launch
                for (int j = i; j < specs.size(); j++) {
                    stop(processes.get(j).toHandle());
                    deleteQuietly(pidFile(specs.get(j).name()));
                }
                stopAll();
                throw e;
            }
            LaunchedService service = new LaunchedService(spec.name(), process.pid(), logFile(spec.name()),
                    Duration.between(startedAt.get(i), Instant.now()), spec);
            started.add(new Started(service, process));
            result.add(service);
        }
        return List.copyOf(result);
    }

    public List<LaunchedService> running() {
        synchronized (started) {
            return started.stream().map(Started::service).toList();
        }
    }

    /** Stops everything this launcher started, newest first (services before the broker they depend on). */
    public void stopAll() {
        List<Started> toStop;
        synchronized (started) {
            toStop = new ArrayList<>(started);
            started.clear();
        }
        Collections.reverse(toStop);
        for (Started s : toStop) {
            stop(s.process().toHandle());
            deleteQuietly(pidFile(s.service().name()));
        }
    }

    @Override
    public void close() {
        stopAll();
    }

    /**
     * For {@code ./schemawright down}, from another JVM than the one that launched: stops every process recorded in
     * {@code runDir} (newest first) whose pid still belongs to the process that was started. Returns the names stopped.
     */
    public static List<String> stopRecorded(Path runDir) {
        List<PidFile> recorded = readPidFiles(runDir);
        recorded.sort((a, b) -> b.startedAt.compareTo(a.startedAt));
        List<String> stopped = new ArrayList<>();
        for (PidFile p : recorded) {
            Optional<ProcessHandle> handle = ProcessHandle.of(p.pid).filter(h -> h.isAlive() && sameStart(h, p.startedAt));
            if (handle.isPresent()) {
                stop(handle.get());
                stopped.add(p.name);
            }
            deleteQuietly(p.file);
        }
        return List.copyOf(stopped);
    }

    /** Names of recorded services whose process is still alive (for a status command). */
    public static List<String> aliveRecorded(Path runDir) {
        return readPidFiles(runDir).stream()
                .filter(p -> ProcessHandle.of(p.pid).filter(h -> h.isAlive() && sameStart(h, p.startedAt)).isPresent())
                .map(p -> p.name).sorted().toList();
    }

    private Process spawn(ServiceSpec spec) {
        Path log = logFile(spec.name());
        ProcessBuilder builder = new ProcessBuilder(spec.command())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(spec.environment());
        try {
            Process process = builder.start();
            Instant start = process.info().startInstant().orElse(Instant.EPOCH);
            Files.writeString(pidFile(spec.name()), process.pid() + "\n" + start + "\n" + spec.name() + "\n");
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + spec.name() + ": " + String.join(" ", spec.command()), e);
        }
    }

    private void awaitReady(ServiceSpec spec, Process process, Instant startedAt) {
        Instant deadline = startedAt.plus(spec.startTimeout());
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(spec.name() + " exited with " + process.exitValue() + " before it was ready; log "
                        + logFile(spec.name()) + ":\n" + logTail(spec.name()));
            }
            if (isReady(spec)) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                stop(process.toHandle());
                throw new IllegalStateException(spec.name() + " not ready after " + spec.startTimeout().toSeconds() + " s; log "
                        + logFile(spec.name()) + ":\n" + logTail(spec.name()));
            }
            sleep(POLL);
        }
    }

    private boolean isReady(ServiceSpec spec) {
        ServiceSpec.Readiness readiness = spec.readiness();
        if (readiness instanceof ServiceSpec.HttpOk ok) {
            try {
                HttpRequest request = HttpRequest.newBuilder(ok.url()).timeout(Duration.ofSeconds(2)).GET().build();
                return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + spec.name(), e);
            }
        }
        if (readiness instanceof ServiceSpec.OutputLine line) {
            try (Stream<String> lines = Files.lines(logFile(spec.name()), StandardCharsets.UTF_8)) {
                return lines.anyMatch(l -> l.startsWith(line.prefix()));
            } catch (IOException | UncheckedIOException e) {
                return false;
            }
        }
        throw new IllegalStateException("unsupported readiness " + readiness);
    }

    /** SIGTERM, then SIGKILL after the grace period; children of the process go too. */
    private static void stop(ProcessHandle handle) {
        List<ProcessHandle> descendants = handle.descendants().toList();
        handle.destroy();
        try {
            handle.onExit().get(STOP_GRACE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            handle.destroyForcibly();
        } catch (java.util.concurrent.ExecutionException e) {
            handle.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handle.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private Path logFile(String name) {
        return runDir.resolve("logs").resolve(name + ".log");
    }

    private Path pidFile(String name) {
        return runDir.resolve(name + ".pid");
    }

    private String logTail(String name) {
        try {
            List<String> lines = Files.readAllLines(logFile(name), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private record PidFile(Path file, String name, long pid, Instant startedAt) {
    }

    private static List<PidFile> readPidFiles(Path runDir) {
        List<PidFile> out = new ArrayList<>();
        if (!Files.isDirectory(runDir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(runDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".pid")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                if (lines.size() >= 2) {
                    String name = f.getFileName().toString().replaceFirst("\\.pid$", "");
                    out.add(new PidFile(f, name, Long.parseLong(lines.get(0).trim()), Instant.parse(lines.get(1).trim())));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read pid files in " + runDir + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static boolean sameStart(ProcessHandle handle, Instant recorded) {
        // EPOCH = start time was unknown when recorded: accept the pid as is
        return recorded.equals(Instant.EPOCH) || handle.info().startInstant().map(recorded::equals).orElse(true);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale pid file is harmless: stopRecorded checks the start time before stopping anything
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
