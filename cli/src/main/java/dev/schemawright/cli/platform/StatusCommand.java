package dev.schemawright.cli.platform;

import dev.schemawright.cli.ExitCodes;
import dev.schemawright.cli.UserError;
import dev.schemawright.cli.console.JsonOutput;
import dev.schemawright.cli.submit.RemoteStatus;
import dev.schemawright.cli.submit.SubmitCommand;
import dev.schemawright.platform.ServiceLauncher;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code status}: which processes of {@code up} are running, and whether the services answer their health check;
 * {@code status RUN}: a run on a (local or remote) ingest-service; {@code status --batch ID}: a batch there.
 */
@Command(name = "status", sortOptions = false,
        description = {"Without RUN: show which processes of the local platform are running and healthy",
                "(exit 0 when all five are up, 1 otherwise).",
                "With RUN (PROJECT/RUN, or RUN --project PROJECT): the run's status, stages, errors and artifacts on the",
                "server (exit 0 unless the run failed). With --batch: RUN is a batch id."},
        footer = {"", "Examples:", "  ./schemawright status", "  ./schemawright status julklapp/0123456789abcdef01234567 --json",
                "  ./schemawright status --batch 89abcdef0123456789abcdef --server http://ingest:8080"})
public final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "RUN", description = "PROJECT/RUN or RUN (with --project), or a batch id with --batch.")
    String run;

    @Option(names = {"-p", "--project"}, paramLabel = "ID", description = "The project of RUN.")
    String project;

    @Option(names = "--batch", description = "RUN is a batch id (as submit --batch prints it).")
    boolean batch;

    @Option(names = {"-s", "--server"}, paramLabel = "URL",
            description = "ingest-service base URL for RUN. Default: $SCHEMAWRIGHT_SERVER or http://127.0.0.1:8080.")
    String server;

    @Option(names = "--json", description = "Print JSON: the server's run or batch view, or the local processes.")
    boolean json;

    /** What {@code status --json} prints for the local platform. */
    public record PlatformReport(boolean up, List<ProcessReport> processes, String logs) {
    }

    public record ProcessReport(String name, String state, Long pid, int port) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (run != null) {
            RemoteStatus remote = new RemoteStatus(SubmitCommand.serverUri(server), SubmitCommand.apiKey(System.getenv()));
            if (batch) {
                return remote.batch(run, json, out);
            }
            String[] ids = RemoteStatus.projectAndRun(run, project);
            return remote.run(ids[0], ids[1], json, out);
        }
        if (batch || project != null || server != null) {
            throw UserError.usage("--batch, --project and --server need a RUN (status PROJECT/RUN)");
        }
        return local(out);
    }

    private int local(PrintWriter out) {
        PlatformLayout layout = PlatformLayout.current();
        LocalPorts ports = LocalPorts.DEFAULT;
        List<String> alive = ServiceLauncher.aliveRecorded(layout.stateDir());
        if (alive.isEmpty() && !json) {
            out.println("not running (start it with ./schemawright up)");
            return ExitCodes.FAILED;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        List<ProcessReport> processes = new ArrayList<>();
        for (int i = 0; i < PlatformStatus.PROCESSES.size(); i++) {
            String name = PlatformStatus.PROCESSES.get(i);
            int port = ports.all().get(i);
            String state;
            if (!alive.contains(name)) {
                state = "stopped";
            } else if (i < 2) {
                state = "running";
            } else if (PlatformStatus.healthy(http, port)) {
                state = "healthy";
            } else {
                state = "not ready";
            }
            Long pid = alive.contains(name) ? PlatformStatus.recordedPid(layout, name).orElse(null) : null;
            processes.add(new ProcessReport(name, state, pid, port));
        }
        boolean up = processes.stream().allMatch(p -> p.state().equals("running") || p.state().equals("healthy"));
        if (json) {
            JsonOutput.print(out, new PlatformReport(up, processes, layout.logsDir().toString()));
        } else {
            for (ProcessReport p : processes) {
                out.printf("%-17s %-10s pid %-8s port %d%n", p.name(), p.state(), p.pid() == null ? "-" : p.pid(), p.port());
            }
            out.println("logs: " + layout.logsDir());
        }
        return up ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
