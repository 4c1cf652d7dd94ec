package dev.schemawright.cli.platform;

import dev.schemawright.cli.ExitCodes;
import dev.schemawright.platform.ServiceLauncher;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code status}: which processes of {@code up} are running, and whether the services answer their health check. */
@Command(name = "status", description = {"Show which processes of the local platform are running and healthy.",
        "Exit code 0 when all five are up, 1 otherwise."})
public final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PlatformLayout layout = PlatformLayout.current();
        LocalPorts ports = LocalPorts.DEFAULT;
        List<String> alive = ServiceLauncher.aliveRecorded(layout.stateDir());
        if (alive.isEmpty()) {
            out.println("not running (start it with ./schemawright up)");
            return ExitCodes.FAILED;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        int up = 0;
        for (int i = 0; i < PlatformStatus.PROCESSES.size(); i++) {
            String name = PlatformStatus.PROCESSES.get(i);
            int port = ports.all().get(i);
            String state;
            if (!alive.contains(name)) {
                state = "stopped";
            } else if (i < 2) {
                state = "running";
                up++;
            } else if (PlatformStatus.healthy(http, port)) {
                state = "healthy";
                up++;
            } else {
                state = "not ready";
            }
            String pid = alive.contains(name) ? PlatformStatus.recordedPid(layout, name).map(String::valueOf).orElse("?") : "-";
            out.printf("%-17s %-10s pid %-8s port %d%n", name, state, pid, port);
        }
        out.println("logs: " + layout.logsDir());
        return up == PlatformStatus.PROCESSES.size() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
