package dev.schemawright.ingest.bench;

import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.ingest.Ingestor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link IngestBenchmark} with JMH and the GC profiler and prints one line per document: size, median time,
 * allocation per document, and time per 100 KB (flat = linear growth).
 * {@code ./mvnw -q -o -pl ingest-core test-compile exec:exec@bench} (add {@code -Dbench.quick=true} for a short run).
 */
public final class IngestBench {
    static final Path CORPUS = Path.of(System.getProperty("bench.corpus", "../corpus/dev"));

    private IngestBench() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        boolean quick = Boolean.getBoolean("bench.quick");
        String[] projects;
        try (Stream<Path> s = Files.list(CORPUS)) {
            projects = s.filter(p -> Files.exists(p.resolve("prd.md"))).map(p -> p.getFileName().toString()).sorted()
                    .toArray(String[]::new);
        }
        Options options = new OptionsBuilder()
                .include(IngestBenchmark.class.getName())
                .param("project", projects)
                .forks(1)
                .warmupIterations(quick ? 2 : 3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 2 : 5).measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend("-Dbench.corpus=" + CORPUS.toAbsolutePath(), "-Xmx2g")
                .addProfiler(GCProfiler.class)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.printf(Locale.ROOT, "load average at the end: %.1f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-44s %9s %11s %11s %13s %13s%n", "document", "size KB", "median ms",
                "cpu ms", "alloc MB/doc", "cpu ms/100KB");
        for (RunResult r : results) {
            double kb = sizeKb(r);
            double median = r.getPrimaryResult().getStatistics().getPercentile(50);
            Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            double allocMb = alloc == null ? Double.NaN : alloc.getScore() / (1024 * 1024);
            double cpu = medianCpuMillis(document(r));
            System.out.printf(Locale.ROOT, "%-44s %9.1f %11.3f %11.3f %13.2f %13.3f%n", label(r), kb, median, cpu, allocMb,
                    cpu / kb * 100);
        }
    }

    /**
     * Median CPU time of one ingest on this thread (after warm-up): unlike wall time it does not count the time the
     * thread waited for a core, so it stays meaningful on a loaded machine.
     */
    static double medianCpuMillis(InputDocument doc) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Ingestor ingestor = new Ingestor();
        for (int i = 0; i < 20; i++) {
            ingestor.ingest(List.of(doc));
        }
        double[] samples = new double[21];
        for (int i = 0; i < samples.length; i++) {
            long start = threads.getCurrentThreadCpuTime();
            ingestor.ingest(List.of(doc));
            samples[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        }
        Arrays.sort(samples);
        return samples[samples.length / 2];
    }

    private static InputDocument document(RunResult r) throws IOException {
        String method = r.getParams().getBenchmark().replaceAll(".*\\.", "");
        if (method.equals("devPrd")) {
            return new InputDocument("prd.md", null, Files.readAllBytes(CORPUS.resolve(r.getParams().getParam("project")).resolve("prd.md")));
        }
        if (method.equals("synthetic")) {
            return new InputDocument("prd.md", null, SyntheticPrd.ofSize(Integer.parseInt(r.getParams().getParam("kilobytes")) * 1024));
        }
        return new IngestBenchmark.Repetitive().doc;
    }

    private static String label(RunResult r) {
        String method = r.getParams().getBenchmark().replaceAll(".*\\.", "");
        List<String> keys = List.copyOf(r.getParams().getParamsKeys());
        return keys.isEmpty() ? method : method + " " + r.getParams().getParam(keys.get(0));
    }

    private static double sizeKb(RunResult r) throws IOException {
        String method = r.getParams().getBenchmark().replaceAll(".*\\.", "");
        if (method.equals("devPrd")) {
            return Files.size(CORPUS.resolve(r.getParams().getParam("project")).resolve("prd.md")) / 1024.0;
        }
        if (method.equals("synthetic")) {
            return SyntheticPrd.ofSize(Integer.parseInt(r.getParams().getParam("kilobytes")) * 1024).length / 1024.0;
        }
        return 5 * 1024.0;
    }
}
