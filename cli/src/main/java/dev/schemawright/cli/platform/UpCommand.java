package dev.schemawright.cli.platform;

import dev.schemawright.cli.ExitCodes;
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
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code up}: Kafka, S3 and the three services as background processes; returns once every one is ready. */
@Command(name = "up", description = {"Start the local platform in the background: a KRaft Kafka broker, an S3 server (S3Proxy)",
        "and the three services; wait until all are healthy and print their URLs.",
        "State (data/, logs/, pid files) lives in .schemawright/ at the repository root."})
public final class UpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PlatformLayout layout = PlatformLayout.current();
        LocalPorts ports = LocalPorts.DEFAULT;
        List<String> alive = ServiceLauncher.aliveRecorded(layout.stateDir());
        List<String> expected = PlatformStatus.PROCESSES;
        if (alive.containsAll(expected)) {
            out.println("already up");
            PlatformStatus.printUrls(out, layout, ports);
            return ExitCodes.OK;
        }
        if (!alive.isEmpty()) {
            throw UserError.failed("partly running (" + String.join(", ", alive) + "): run ./schemawright down first");
        }
        requireFree(ports);
        LocalPlatformProcesses processes = new LocalPlatformProcesses(layout, ports);
        // resolved before anything starts, so a missing build fails at once
        List<ServiceSpec> brokers = processes.brokers();
        List<ServiceSpec> services = processes.services();

        long start = System.nanoTime();
        ServiceLauncher launcher = new ServiceLauncher(layout.stateDir());
        AtomicBoolean finished = new AtomicBoolean();
        Thread cleanup = new Thread(() -> {
            if (!finished.get()) {
                ServiceLauncher.stopRecorded(layout.stateDir());
            }
        }, "up-interrupted");
        Runtime.getRuntime().addShutdownHook(cleanup);
        List<LaunchedService> launched = new ArrayList<>();
        try {
            out.println("starting Kafka and S3...");
            launched.addAll(launcher.launchAll(brokers));
            out.println("starting ingest-service, modeling-service, render-service...");
            launched.addAll(launcher.launchAll(services));
        } catch (IllegalStateException e) {
            // the launcher already stopped what it started; its message carries the log tail of the failed process
            ServiceLauncher.stopRecorded(layout.stateDir());
            throw UserError.failed("the local platform did not start: " + e.getMessage());
        } finally {
            finished.set(true);
        }
        Runtime.getRuntime().removeShutdownHook(cleanup);
        for (LaunchedService s : launched) {
            out.printf("  %-17s pid %-8d ready in %.1f s%n", s.name(), s.pid(), s.timeToReady().toMillis() / 1000.0);
        }
        out.printf("up in %.1f s%n", (System.nanoTime() - start) / 1e9);
        PlatformStatus.printUrls(out, layout, ports);
        return ExitCodes.OK;
    }

    private static void requireFree(LocalPorts ports) {
        List<String> names = PlatformStatus.PROCESSES;
        for (int i = 0; i < names.size(); i++) {
            int port = ports.all().get(i);
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(LocalPorts.HOST))) {
                probe.setReuseAddress(true);
            } catch (IOException e) {
                throw UserError.failed("port " + port + " (for " + names.get(i) + ") is in use by another program; stop it first"
                        + " (`ss -ltnp 'sport = :" + port + "'` shows which)");
            }
        }
    }
}
