package dev.schemawright.cli.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The bench's one table, in Markdown: one row per measure, the in-process path and the service path side by side and
 * their ratio. Figures are in milliseconds, projects a minute and MiB; a cell a run did not measure is "–".
 */
public final class BenchReport {
    private static final String NONE = "–";

    private final int projects;
    private final Path corpus;
    private final int corpusSize;
    private final int cores;
    private final Instant at;
    private InProcessBench.PerProject perProject;
    private InProcessBench.Batch oneThread;
    private InProcessBench.Batch allThreads;
    private ServiceBench.Uploads uploads;
    private ServiceBench.Batch serviceBatch;
    private Double upSeconds;
    private Double firstRunMillis;
    private OptionalLong benchRss = OptionalLong.empty();
    private final Map<String, OptionalLong> processRss = new LinkedHashMap<>();

    public BenchReport(int projects, Path corpus, int corpusSize, int cores, Instant at) {
        this.projects = projects;
        this.corpus = corpus;
        this.corpusSize = corpusSize;
        this.cores = cores;
        this.at = at;
    }

    void inProcess(InProcessBench.PerProject perProject, InProcessBench.Batch oneThread, InProcessBench.Batch allThreads) {
        this.perProject = perProject;
        this.oneThread = oneThread;
        this.allThreads = allThreads;
    }

    void uploads(ServiceBench.Uploads uploads) {
        this.uploads = uploads;
    }

    void serviceBatch(ServiceBench.Batch batch) {
        this.serviceBatch = batch;
    }

    void upSeconds(double seconds) {
        this.upSeconds = seconds;
    }

    void firstRunMillis(double millis) {
        this.firstRunMillis = millis;
    }

    void benchRss(OptionalLong bytes) {
        this.benchRss = bytes;
    }

    void processRss(String name, OptionalLong bytes) {
        processRss.put(name, bytes);
    }

    /** Projects that did not publish on either path (a bench that lost runs is not a figure to trust). */
    public int failures() {
        int n = 0;
        n += perProject == null ? 0 : perProject.failed();
        n += oneThread == null ? 0 : oneThread.failed();
        n += allThreads == null ? 0 : allThreads.failed();
        n += uploads == null ? 0 : uploads.failed();
        n += serviceBatch == null ? 0 : serviceBatch.projects() - serviceBatch.published();
        return n;
    }

    public String markdown() {
        List<String[]> rows = new ArrayList<>();
        Distribution cpu = perProject.cpu();
        Double serviceCpu = serviceBatch == null || serviceBatch.cpuMillis().isEmpty() ? null
                : serviceBatch.cpuMillis().getAsLong() / (double) serviceBatch.projects();
        rows.add(row("CPU per project, median / p90 (ms)", pair(cpu.median(), cpu.percentile(90)),
                serviceCpu == null ? NONE : ms(serviceCpu) + " (mean, all five processes, batch)",
                serviceCpu == null ? NONE : ratio(serviceCpu / cpu.median())));
        perProject.stageCpu().forEach((stage, d) -> rows.add(row("  of which " + stage + ", median / p90 (ms)",
                pair(d.median(), d.percentile(90)), NONE, NONE)));
        if (serviceCpu != null) {
            serviceBatch.cpuMillisByProcess().forEach((process, millis) -> rows.add(row("  of which " + process + " (ms, mean)", NONE,
                    ms(millis / (double) serviceBatch.projects()), NONE)));
        }
        Distribution wall = perProject.wall();
        Distribution published = uploads == null ? null : uploads.published();
        rows.add(row("wall per project, median / p90 (ms)", pair(wall.median(), wall.percentile(90)),
                published == null || published.isEmpty() ? NONE : "upload→published " + pair(published.median(), published.percentile(90)),
                published == null || published.isEmpty() ? NONE : ratio(published.median() / wall.median())));
        rows.add(row("upload→published p50 / p90 / p99 (ms), one at a time", NONE,
                published == null || published.isEmpty() ? NONE
                        : ms(published.median()) + " / " + ms(published.percentile(90)) + " / " + ms(published.percentile(99))
                        + " (" + published.count() + " runs)", NONE));
        rows.add(row("POST …/runs answered, p50 / p90 (ms)", NONE,
                uploads == null ? NONE : pair(uploads.post().median(), uploads.post().percentile(90))
                        + (uploads.retried() == 0 ? "" : " (" + uploads.retried() + " uploads retried after 503)"), NONE));
        rows.add(row("batch throughput, 1 thread (projects/min)", rate(oneThread.projectsPerMinute()), NONE, NONE));
        if (allThreads != null) {
            rows.add(row("batch throughput, " + allThreads.jobs() + " threads (projects/min)", rate(allThreads.projectsPerMinute()), NONE,
                    ratio(allThreads.projectsPerMinute() / oneThread.projectsPerMinute()) + " of 1 thread"));
        }
        if (serviceBatch != null) {
            rows.add(row("batch throughput, POST /v1/batches until all ended (projects/min)", NONE,
                    rate(serviceBatch.projectsPerMinute()) + " (" + serviceBatch.published() + "/" + serviceBatch.projects() + " published in "
                            + String.format(Locale.ROOT, "%.1f s", serviceBatch.seconds()) + ")",
                    ratio(serviceBatch.projectsPerMinute() / oneThread.projectsPerMinute()) + " of 1 thread"));
        }
        if (firstRunMillis != null) {
            rows.add(row("first run after up, upload→published (ms)", NONE, ms(firstRunMillis), NONE));
        }
        if (upSeconds != null) {
            rows.add(row("up to healthy (s)", NONE, String.format(Locale.ROOT, "%.1f", upSeconds), NONE));
        }
        rows.add(row("RSS after the runs (MiB)", "bench JVM " + mib(benchRss), processRss.isEmpty() ? NONE : servicesRss(), NONE));

        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "schemawright bench: %d projects per measure from %s (%d folders), %d cores, %s%n%n",
                projects, corpus, corpusSize, cores, at));
        md.append("| measure | in-process | services | services / in-process |\n|---|---:|---:|---:|\n");
        for (String[] r : rows) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        if (failures() > 0) {
            md.append("\n").append(failures()).append(" runs did not publish: the figures above leave them out.\n");
        }
        return md.toString();
    }

    private String servicesRss() {
        long total = 0;
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, OptionalLong> e : processRss.entrySet()) {
            parts.add(e.getKey() + " " + mib(e.getValue()));
            total += e.getValue().orElse(0);
        }
        return String.join(", ", parts) + "; total " + mib(OptionalLong.of(total));
    }

    private static String[] row(String... cells) {
        return cells;
    }

    private static String pair(double a, double b) {
        return ms(a) + " / " + ms(b);
    }

    private static String ms(double millis) {
        return Double.isNaN(millis) ? NONE : String.format(Locale.ROOT, millis < 10 ? "%.1f" : "%.0f", millis);
    }

    private static String rate(double perMinute) {
        return String.format(Locale.ROOT, "%.0f", perMinute);
    }

    private static String ratio(double r) {
        return Double.isNaN(r) || Double.isInfinite(r) ? NONE : String.format(Locale.ROOT, "%.2f×", r);
    }

    private static String mib(OptionalLong bytes) {
        return bytes.isPresent() ? Long.toString(bytes.getAsLong() / (1024 * 1024)) : NONE;
    }
}
