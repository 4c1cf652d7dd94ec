package dev.schemawright.cli.platform;

import dev.schemawright.cli.UserError;
import dev.schemawright.platform.LaunchedService;
import dev.schemawright.platform.ServiceLauncher;
import dev.schemawright.platform.ServiceSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/** Brings the local platform up (for {@code up} and {@code demo}) and down again (for {@code down} and {@code demo}). */
public final class PlatformStarter {
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final PlatformLayout layout;
    private final LocalPorts ports;

    public PlatformStarter(PlatformLayout layout, LocalPorts ports) {
        this.layout = layout;
        this.ports = ports;
    }

    public static PlatformStarter local() {
        return new PlatformStarter(PlatformLayout.current(), LocalPorts.DEFAULT);
    }

    public LocalPorts ports() {
        return ports;
    }

    /**
     * Starts whichever of the five processes is not running (a killed service comes back without stopping the rest);
     * returns true when this call started all of them, i.e. nothing ran before.
     */
    public boolean ensureUp(PrintWriter out) {
        List<String> alive = ServiceLauncher.aliveRecorded(layout.stateDir());
        if (alive.containsAll(PlatformStatus.PROCESSES)) {
            out.println("already up");
            return false;
        }
        List<String> missing = PlatformStatus.PROCESSES.stream().filter(p -> !alive.contains(p)).toList();
        requireFree(missing);
        LocalPlatformProcesses processes = new LocalPlatformProcesses(layout, ports);
        // resolved before anything starts, so a missing build fails at once
        List<ServiceSpec> brokers = processes.brokers().stream().filter(s -> missing.contains(s.name())).toList();
        List<ServiceSpec> services = processes.services().stream().filter(s -> missing.contains(s.name())).toList();

        long start = System.nanoTime();
        ServiceLauncher launcher = new ServiceLauncher(layout.stateDir());
        AtomicBoolean finished = new AtomicBoolean();
        // Ctrl-C while waiting: the children run in sessions of their own, so stop them here
        Thread interrupted = new Thread(() -> {
            if (!finished.get() && alive.isEmpty()) {
                ServiceLauncher.stopRecorded(layout.stateDir());
            }
        }, "up-interrupted");
        Runtime.getRuntime().addShutdownHook(interrupted);
        List<LaunchedService> launched = new ArrayList<>();
        try {
            // all five at once: the services boot while the broker does and connect once it listens (measured ~20%
            // faster to healthy than brokers first on two busy cores)
            out.println("starting " + String.join(", ", missing) + (alive.isEmpty() ? "" : " (running: " + String.join(", ", alive) + ")") + "...");
            List<ServiceSpec> all = new ArrayList<>(brokers);
            all.addAll(services);
            launched.addAll(launcher.launchAll(all));
        } catch (IllegalStateException e) {
            // the launcher stopped what it started; its message carries the log tail of the process that failed
            if (alive.isEmpty()) {
                ServiceLauncher.stopRecorded(layout.stateDir());
            }
            throw UserError.failed("the local platform did not start: " + e.getMessage());
        } finally {
            finished.set(true);
        }
        Runtime.getRuntime().removeShutdownHook(interrupted);
        for (LaunchedService s : launched) {
            out.printf("  %-17s pid %-8d ready in %.1f s%n", s.name(), s.pid(), s.timeToReady().toMillis() / 1000.0);
        }
        out.printf("up in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return alive.isEmpty();
    }

    /**
     * Stops every recorded process; returns their names (empty when nothing ran). The three services get SIGTERM
     * together and are awaited, then the brokers: shutdowns overlap (one at a time took ~30 s), yet each consumer still
     * leaves its group while Kafka is up; a member that could not leave holds the next {@code up}'s first run until its
     * session times out (~45 s). The launcher then forces what hangs and removes the pid files.
     */
    public List<String> down() {
        List<String> running = ServiceLauncher.aliveRecorded(layout.stateDir());
        terminateTogether(PlatformLayout.SERVICES);
        terminateTogether(PlatformStatus.PROCESSES.stream().filter(p -> !PlatformLayout.SERVICES.contains(p)).toList());
        ServiceLauncher.stopRecorded(layout.stateDir());
        return PlatformStatus.PROCESSES.stream().filter(running::contains).toList();
    }

    private void terminateTogether(List<String> names) {
        List<ProcessHandle> stopping = new ArrayList<>();
        for (String name : names) {
            PlatformStatus.recordedPid(layout, name).flatMap(ProcessHandle::of).filter(PlatformStarter::startedByUp)
                    .ifPresent(process -> {
                        process.destroy();
                        stopping.add(process);
                    });
        }
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (ProcessHandle process : stopping) {
            try {
                process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // still running: stopRecorded forces it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A recorded pid may have been reused since: only a process running one of our mains or service jars is signalled. */
    private static boolean startedByUp(ProcessHandle process) {
        String command = process.info().commandLine().orElse("");
        return process.isAlive() && (command.contains("quarkus-run.jar") || command.contains(LocalPlatformProcesses.KAFKA_MAIN)
                || command.contains(LocalPlatformProcesses.S3_MAIN));
    }

    /** The recorded pid of each running process of the platform, in start order (kafka, s3, the three services). */
    public java.util.Map<String, Long> pids() {
        java.util.Map<String, Long> pids = new java.util.LinkedHashMap<>();
        for (String name : PlatformStatus.PROCESSES) {
            PlatformStatus.recordedPid(layout, name).filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    .ifPresent(pid -> pids.put(name, pid));
        }
        return pids;
    }

    public void printUrls(PrintWriter out) {
        PlatformStatus.printUrls(out, layout, ports);
    }

    private void requireFree(List<String> missing) {
        List<String> names = PlatformStatus.PROCESSES;
        for (int i = 0; i < names.size(); i++) {
            if (!missing.contains(names.get(i))) {
                continue;
            }
            int port = ports.all().get(i);
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(LocalPorts.HOST))) {
                probe.setReuseAddress(true);
            } catch (IOException e) {
                throw UserError.failed("port " + port + " (for " + names.get(i) + ") is in use by another program, perhaps a"
                        + " platform started from another checkout; stop it first (`ss -ltnp 'sport = :" + port + "'` shows which)");
            }
        }
    }
}
