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
 * build. Rounds go round-robin over the projects, so a busy spell on the machine falls on all of them rather than on
 * one project's rounds. A last row builds a synthetic 50 KB PRD (DevCorpus.syntheticPrd) for the "50 KB PRD under
 * 100 ms" target. Usage: DesignBench REPO_ROOT [ROUNDS] [PROJECTS_DIR...] (more sets of project folders, e.g. the eval
sets' inputs, each summarized by its median); run via `./mvnw -o -q -pl modeling-core test-compile exec:java@bench`.
 */
public final class DesignBench {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<DevCorpus.Project> projects = new ArrayList<>(DevCorpus.load(root));
        List<String> sets = new ArrayList<>(java.util.Collections.nCopies(projects.size(), "corpus/dev"));
        // more sets of project folders (the eval sets' inputs): their projects are timed in the same rounds
        for (int a = 2; a < args.length; a++) {
            for (DevCorpus.Project extra : DevCorpus.projects(Path.of(args[a]))) {
                projects.add(extra);
                sets.add(args[a]);
            }
        }
        projects.add(DevCorpus.syntheticPrd(root, 50 * 1024));
        sets.add("synthetic");
        SchemaDesigner designer = new SchemaDesigner();
        for (int w = 0; w < 5; w++) {
            for (DevCorpus.Project p : projects) {
                designer.design(p.id(), p.requirements());
            }
        }
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long[][] nanos = new long[projects.size()][rounds];
        long[][] cpu = new long[projects.size()][rounds];
        long[][] bytes = new long[projects.size()][rounds];
        for (int i = 0; i < rounds; i++) {
            for (int p = 0; p < projects.size(); p++) {
                long b0 = mx.getThreadAllocatedBytes(tid);
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                designer.design(projects.get(p).id(), projects.get(p).requirements());
                nanos[p][i] = System.nanoTime() - t0;
                cpu[p][i] = mx.getCurrentThreadCpuTime() - c0;
                bytes[p][i] = mx.getThreadAllocatedBytes(tid) - b0;
            }
        }
        System.out.printf("%-44s %8s %6s %10s %10s %10s %12s%n", "project", "input KB", "reqs", "wall ms", "cpu ms", "cpu min", "alloc MB");
        double total = 0;
        double totalCpu = 0;
        for (int p = 0; p < projects.size(); p++) {
            DevCorpus.Project project = projects.get(p);
            Arrays.sort(nanos[p]);
            Arrays.sort(cpu[p]);
            Arrays.sort(bytes[p]);
            double ms = nanos[p][rounds / 2] / 1e6;
            double cpuMs = cpu[p][rounds / 2] / 1e6;
            if (p == projects.size() - 1) {
                System.out.printf("%-44s %8s %6s %10.1f %10.1f%n", "SUM of medians (dev projects)", "", "", total, totalCpu);
            }
            total += ms;
            totalCpu += cpuMs;
            System.out.printf("%-44s %8.1f %6d %10.1f %10.1f %10.1f %12.1f%n", project.id(), project.bytes() / 1024.0, project.requirements().size(),
                    ms, cpuMs, cpu[p][0] / 1e6, bytes[p][rounds / 2] / 1048576.0);
        }
        // per set: the median over its projects of each project's median CPU
        java.util.Map<String, List<Double>> bySet = new java.util.LinkedHashMap<>();
        for (int p = 0; p < projects.size(); p++) {
            bySet.computeIfAbsent(sets.get(p), k -> new ArrayList<>()).add(cpu[p][rounds / 2] / 1e6);
        }
        bySet.forEach((set, values) -> {
            List<Double> sorted = values.stream().sorted().toList();
            System.out.printf("median CPU per project, %s (%d projects): %.1f ms%n", set, sorted.size(), sorted.get(sorted.size() / 2));
        });
    }

    private DesignBench() {
    }
}
