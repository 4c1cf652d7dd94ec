package dev.schemawright.modeling.eval;

import com.sun.management.ThreadMXBean;
import dev.schemawright.modeling.SchemaDesigner;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Model-build benchmark: for each dev project, warms up, then times SchemaDesigner.design over the already-ingested
 * requirements and prints the median wall time, the median and the lowest CPU time of the building thread (robust when
 * the machine is shared; the lowest is the least disturbed by other processes) and the bytes this thread allocated per
 * build. A last row builds a synthetic 50 KB PRD (DevCorpus.syntheticPrd) for the "50 KB PRD under 100 ms" target.
 * Usage: DesignBench REPO_ROOT [ROUNDS]; run via `./mvnw -o -q -pl modeling-core test-compile exec:java@bench`.
 */
public final class DesignBench {
    private static final ThreadMXBean MX = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<DevCorpus.Project> projects = DevCorpus.load(root);
        DevCorpus.Project synthetic = DevCorpus.syntheticPrd(root, 50 * 1024);
        List<DevCorpus.Project> all = new ArrayList<>(projects);
        all.add(synthetic);
        SchemaDesigner designer = new SchemaDesigner();
        for (int w = 0; w < 5; w++) {
            for (DevCorpus.Project p : all) {
                designer.design(p.id(), p.requirements());
            }
        }
        System.out.printf("%-44s %8s %6s %10s %10s %10s %12s%n", "project", "input KB", "reqs", "wall ms", "cpu ms", "cpu min", "alloc MB");
        double total = 0;
        double totalCpu = 0;
        for (DevCorpus.Project p : projects) {
            double[] medians = measure(designer, p, rounds);
            total += medians[0];
            totalCpu += medians[1];
        }
        System.out.printf("%-44s %8s %6s %10.1f %10.1f%n", "SUM of medians", "", "", total, totalCpu);
        measure(designer, synthetic, rounds);
    }

    /** Prints one row; returns the median wall and CPU milliseconds. */
    private static double[] measure(SchemaDesigner designer, DevCorpus.Project p, int rounds) {
        long tid = Thread.currentThread().getId();
        long[] nanos = new long[rounds];
        long[] bytes = new long[rounds];
        long[] cpu = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long b0 = MX.getThreadAllocatedBytes(tid);
            long c0 = MX.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            designer.design(p.id(), p.requirements());
            nanos[i] = System.nanoTime() - t0;
            cpu[i] = MX.getCurrentThreadCpuTime() - c0;
            bytes[i] = MX.getThreadAllocatedBytes(tid) - b0;
        }
        Arrays.sort(nanos);
        Arrays.sort(bytes);
        Arrays.sort(cpu);
        double ms = nanos[rounds / 2] / 1e6;
        double cpuMs = cpu[rounds / 2] / 1e6;
        System.out.printf("%-44s %8.1f %6d %10.1f %10.1f %10.1f %12.1f%n", p.id(), p.bytes() / 1024.0, p.requirements().size(), ms, cpuMs,
                cpu[0] / 1e6, bytes[rounds / 2] / 1048576.0);
        return new double[] {ms, cpuMs};
    }

    private DesignBench() {
    }
}
