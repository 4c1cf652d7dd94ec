package dev.schemawright.ingest.bench;

import java.io.IOException;
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
        System.out.printf(Locale.ROOT, "%-44s %10s %12s %14s %14s%n", "document", "size KB", "median ms", "alloc MB/doc", "ms per 100 KB");
        for (RunResult r : results) {
            String label = label(r);
            double kb = sizeKb(r);
            double median = r.getPrimaryResult().getStatistics().getPercentile(50);
            Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            double allocMb = alloc == null ? Double.NaN : alloc.getScore() / (1024 * 1024);
            System.out.printf(Locale.ROOT, "%-44s %10.1f %12.3f %14.2f %14.3f%n", label, kb, median, allocMb, median / kb * 100);
        }
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
