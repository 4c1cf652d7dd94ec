package dev.schemawright.cli.bench;

import dev.schemawright.cli.bench.BenchProjects.Project;
import dev.schemawright.cli.design.InProcessPipeline;
import dev.schemawright.cli.design.InProcessPipeline.StageClock;
import dev.schemawright.cli.design.PipelineResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The in-process path (ingest, modeling, render in this JVM, the same code {@code design} runs), timed per project on
 * one thread (CPU time of that thread and wall time), then as a batch on {@code jobs} threads for throughput.
 * Artifacts are rendered but not written: files are not what is measured.
 */
public final class InProcessBench {
    private final InProcessPipeline pipeline = new InProcessPipeline();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    /** Per-project figures of one thread; {@code failed} counts projects the pipeline rejected or failed. */
    public record PerProject(Distribution cpu, Distribution wall, Map<String, Distribution> stageCpu, double projectsPerMinute, int failed) {
    }

    public record Batch(int jobs, int projects, double seconds, int failed) {
        public double projectsPerMinute() {
            return projects * 60 / seconds;
        }
    }

    /** Runs each project once, unmeasured: class loading, models and the JIT are then as warm as a service's. */
    public void warmUp(List<Project> projects) {
        for (Project p : projects) {
            runQuietly(p, StageClock.NONE);
        }
    }

    public PerProject perProject(List<Project> projects) {
        List<Double> cpu = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        Map<String, List<Double>> stages = new LinkedHashMap<>();
        StageClock clock = (stage, nanos) -> stages.computeIfAbsent(stage, s -> new ArrayList<>()).add(nanos / 1e6);
        int failed = 0;
        long start = System.nanoTime();
        for (Project p : projects) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            if (!runQuietly(p, clock)) {
                failed++;
            }
            wall.add((System.nanoTime() - wall0) / 1e6);
            cpu.add((threads.getCurrentThreadCpuTime() - cpu0) / 1e6);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Distribution> stageCpu = new LinkedHashMap<>();
        stages.forEach((stage, millis) -> stageCpu.put(stage, Distribution.of(millis)));
        return new PerProject(Distribution.of(cpu), Distribution.of(wall), stageCpu, projects.size() * 60 / seconds, failed);
    }

    public Batch batch(List<Project> projects, int jobs) {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "bench-design");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        int failed = 0;
        try {
            List<Future<Boolean>> running = new ArrayList<>();
            for (Project p : projects) {
                running.add(pool.submit(() -> runQuietly(p, StageClock.NONE)));
            }
            for (Future<Boolean> f : running) {
                if (!f.get()) {
                    failed++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a design crashed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Batch(jobs, projects.size(), (System.nanoTime() - start) / 1e9, failed);
    }

    /** True when the project produced its artifacts; a design that throws counts as failed, as a service run would. */
    private boolean runQuietly(Project p, StageClock clock) {
        try {
            PipelineResult result = pipeline.run(p.projectId(), p.documents(), clock);
            return !result.rejected() && !result.artifacts().isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
