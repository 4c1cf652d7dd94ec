package dev.schemawright.modeling.eval;

import com.sun.management.ThreadMXBean;
import dev.schemawright.modeling.SchemaDesigner;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Model-build benchmark: for each dev project, warms up, then times SchemaDesigner.design over the already-ingested
 * requirements and prints the median wall time, the median CPU time of the building thread (robust when the machine is
 * shared) and the bytes this thread allocated per build.
 * Usage: DesignBench REPO_ROOT [ROUNDS]; run via `./mvnw -o -q -pl modeling-core test-compile exec:java@bench`.
 */
public final class DesignBench {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<DevCorpus.Project> projects = DevCorpus.load(root);
        SchemaDesigner designer = new SchemaDesigner();
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        for (int w = 0; w < 5; w++) {
            for (DevCorpus.Project p : projects) {
                designer.design(p.id(), p.requirements());
            }
        }
        System.out.printf("%-44s %8s %6s %10s %10s %12s%n", "project", "input KB", "reqs", "wall ms", "cpu ms", "alloc MB");
        double total = 0;
        double totalCpu = 0;
        for (DevCorpus.Project p : projects) {
            long[] nanos = new long[rounds];
            long[] bytes = new long[rounds];
            long[] cpu = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long b0 = mx.getThreadAllocatedBytes(tid);
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                designer.design(p.id(), p.requirements());
                nanos[i] = System.nanoTime() - t0;
                cpu[i] = mx.getCurrentThreadCpuTime() - c0;
                bytes[i] = mx.getThreadAllocatedBytes(tid) - b0;
            }
            Arrays.sort(nanos);
            Arrays.sort(bytes);
            Arrays.sort(cpu);
            double ms = nanos[rounds / 2] / 1e6;
            total += ms;
            double cpuMs = cpu[rounds / 2] / 1e6;
            totalCpu += cpuMs;
            System.out.printf("%-44s %8.1f %6d %10.1f %10.1f %12.1f%n", p.id(), p.bytes() / 1024.0, p.requirements().size(), ms, cpuMs,
                    bytes[rounds / 2] / 1048576.0);
        }
        System.out.printf("%-44s %8s %6s %10.1f %10.1f%n", "SUM of medians", "", "", total, totalCpu);
    }

    private DesignBench() {
    }
}
