package dev.schemawright.cli.bench;

import dev.schemawright.cli.ExitCodes;
import dev.schemawright.cli.UserError;
import dev.schemawright.cli.bench.BenchProjects.Corpus;
import dev.schemawright.cli.bench.BenchProjects.Project;
import dev.schemawright.cli.keys.KeysCommand;
import dev.schemawright.cli.platform.PlatformLayout;
import dev.schemawright.cli.platform.PlatformStarter;
import dev.schemawright.cli.submit.SubmitCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: the same generated projects in-process and through the local platform's services, side by side in
 * one table (see {@link BenchReport}). Starts the platform when it is not running (and times that), stops what it
 * started.
 */
@Command(name = "bench", sortOptions = false,
        description = {"Measure both paths on N distinct projects made from a corpus: CPU and wall time per project",
                "in-process, upload->published through the services, batch throughput of both, RSS of every process.",
                "Starts the local platform unless it runs (and stops it afterwards); prints one table."})
public final class BenchCommand implements Callable<Integer> {
    static final String TENANT = "bench";

    @Spec
    CommandSpec spec;

    @Option(names = {"-n", "--projects"}, paramLabel = "N", description = "Projects per path and measure (default: ${DEFAULT-VALUE}).",
            defaultValue = "50")
    int projects;

    @Option(names = "--uploads", paramLabel = "N", description = "Of those, uploaded one at a time for upload->published "
            + "(default: all of them, at most 100).")
    Integer uploads;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Where the projects come from (default: corpus/dev of this checkout).")
    Path corpus;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Threads of the in-process batch (default: the machine's cores).")
    Integer jobs;

    @Option(names = "--in-process-only", description = "Measure the in-process path only (no platform).")
    boolean inProcessOnly;

    @Option(names = "--keep-running", description = "Leave a platform this command started running.")
    boolean keepRunning;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Also write the table (Markdown) to FILE.")
    Path out;

    @Option(names = "--timeout", paramLabel = "S", description = "Seconds one run may take through the services (default: ${DEFAULT-VALUE}).",
            defaultValue = "180")
    long timeoutSeconds;

    @Override
    public Integer call() {
        if (projects < 1) {
            throw UserError.usage("--projects must be at least 1");
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = jobs == null || jobs < 1 ? cores : jobs;
        int uploadCount = Math.min(projects, uploads != null ? Math.max(1, uploads) : 100);
        PrintWriter console = spec.commandLine().getOut();
        Path corpusDir = corpus != null ? corpus : PlatformLayout.current().repository().resolve("corpus").resolve("dev");
        Corpus source = Corpus.read(corpusDir);
        // a prefix of this run's own: nothing any earlier bench uploaded is found again (ids and content differ)
        String prefix = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        List<Project> warmUp = BenchProjects.generate(source, prefix + "-w", prefix, Math.min(source.size(), projects));
        List<Project> measured = BenchProjects.generate(source, prefix + "-r", prefix, projects);
        List<Project> batch = BenchProjects.generate(source, prefix + "-b", prefix, projects);
        BenchReport report = new BenchReport(projects, corpusDir, source.size(), cores, Instant.now().truncatedTo(ChronoUnit.SECONDS));

        console.printf("in-process: warming up on %d projects, then %d projects one at a time, then %d on %d threads...%n",
                warmUp.size(), projects, projects, threads);
        InProcessBench inProcess = new InProcessBench();
        inProcess.warmUp(warmUp);
        report.inProcess(inProcess.perProject(measured), inProcess.batch(batch, 1), threads == 1 ? null : inProcess.batch(batch, threads));
        report.benchRss(ProcessFigures.rssBytes(ProcessHandle.current().pid()));

        if (!inProcessOnly) {
            services(console, report, warmUp, measured.subList(0, uploadCount), batch);
        }
        String table = report.markdown();
        console.println();
        console.print(table);
        console.flush();
        if (out != null) {
            try {
                if (out.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(out.toAbsolutePath().getParent());
                }
                Files.writeString(out, table, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw UserError.failed("cannot write " + out + ": " + e.getMessage());
            }
        }
        return report.failures() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private void services(PrintWriter console, BenchReport report, List<Project> warmUp, List<Project> uploads, List<Project> batch) {
        PlatformStarter platform = PlatformStarter.local();
        long upStart = System.nanoTime();
        boolean started = platform.ensureUp(console);
        if (started) {
            report.upSeconds((System.nanoTime() - upStart) / 1e9);
        }
        ServiceBench services = null;
        try {
            String key = System.getenv(SubmitCommand.API_KEY_VARIABLE);
            if (key == null || key.isBlank()) {
                key = KeysCommand.create(TENANT, false, "bench");
            }
            services = new ServiceBench(SubmitCommand.serverUri(platform.ports().ingestUrl()), key.strip(), Duration.ofSeconds(timeoutSeconds));
            console.printf("services: %d uploads to warm up%s, %d one at a time, then %d in one batch...%n", warmUp.size(),
                    started ? " (the first one timed: the first run after up)" : "", uploads.size(), batch.size());
            ServiceBench.Uploads first = services.uploads(warmUp.subList(0, 1));
            if (started) {
                report.firstRunMillis(first.published().max());
            }
            services.uploads(warmUp.subList(1, warmUp.size()));
            report.uploads(services.uploads(uploads));
            Map<String, Long> pids = platform.pids();
            report.serviceBatch(services.batch(batch, pids));
            pids.forEach((name, pid) -> report.processRss(name, ProcessFigures.rssBytes(pid)));
        } finally {
            if (services != null) {
                services.close();
            }
            if (started && !keepRunning) {
                console.println("stopped " + String.join(", ", platform.down()));
            }
        }
    }
}
