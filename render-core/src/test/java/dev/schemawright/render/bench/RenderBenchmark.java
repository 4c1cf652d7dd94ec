package dev.schemawright.render.bench;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.render.ArtifactRenderer;
import dev.schemawright.render.GeneratedModels;
import java.util.Arrays;

/**
 * Median wall time of {@link ArtifactRenderer#renderAll} (all nine artifacts) for a typical ~10-table model and a
 * generated 200-table model, after warm-up. Run:
 * {@code ./mvnw -o -q -pl render-core test-compile exec:java -Dexec.mainClass=dev.schemawright.render.bench.RenderBenchmark -Dexec.classpathScope=test}
 */
public final class RenderBenchmark {
    public static void main(String[] args) {
        ArtifactRenderer renderer = new ArtifactRenderer();
        System.out.printf("cores %d, load average %.1f, %s %s%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        report(renderer, "typical (" + GeneratedModels.typical().tables().size() + " tables)", GeneratedModels.typical(), 300, 300);
        SchemaModel large = GeneratedModels.generate("large", 200, 7L, false, AuthProvider.SUPABASE);
        report(renderer, "generated (" + large.tables().size() + " tables)", large, 20, 30);
        if (args.length > 0 && args[0].equals("--per-renderer")) {
            perRenderer(GeneratedModels.typical(), 300);
            perRenderer(large, 20);
        }
    }

    /** Where the time goes: each renderer on its own (the facade shares the diagram and ORM texts between documents). */
    private static void perRenderer(SchemaModel model, int runs) {
        java.util.Map<String, java.util.function.Function<SchemaModel, String>> renderers = new java.util.LinkedHashMap<>();
        renderers.put("postgres", new dev.schemawright.render.postgres.PostgresRenderer()::render);
        renderers.put("sqlite", new dev.schemawright.render.sqlite.SqliteRenderer()::render);
        renderers.put("prisma", new dev.schemawright.render.prisma.PrismaRenderer()::render);
        renderers.put("sqlmodel", new dev.schemawright.render.sqlmodel.SqlModelRenderer()::render);
        renderers.put("mermaid", new dev.schemawright.render.mermaid.MermaidErRenderer()::render);
        renderers.put("db-plan", m -> new dev.schemawright.render.docs.DbPlanRenderer().render(m, ""));
        renderers.put("design (docs only)", m -> new dev.schemawright.render.docs.DesignDocRenderer().render(m, "", "", ""));
        renderers.put("model.json", dev.schemawright.contracts.json.JsonCodec::toPrettyString);
        for (var e : renderers.entrySet()) {
            double[] ms = new double[runs];
            for (int i = 0; i < runs * 2; i++) {
                long t0 = System.nanoTime();
                e.getValue().apply(model);
                if (i >= runs) {
                    ms[i - runs] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Arrays.sort(ms);
            System.out.printf("  %-20s %3d tables  median %8.2f ms%n", e.getKey(), model.tables().size(), ms[runs / 2]);
        }
    }

    private static void report(ArtifactRenderer renderer, String label, SchemaModel model, int warmup, int runs) {
        long bytes = 0;
        for (int i = 0; i < warmup; i++) {
            bytes = renderer.renderAll(model).stream().mapToLong(a -> a.size()).sum();
        }
        // CPU time of this thread as well as wall time: on a shared, overloaded machine wall time mostly measures the queue
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            renderer.renderAll(model);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf("%-26s wall median %8.2f ms  p90 %8.2f ms  min %7.2f ms | cpu median %8.2f ms | %d runs after %d warm-up, %d bytes%n",
                label, ms[runs / 2], ms[(int) (runs * 0.9)], ms[0], cpu[runs / 2], runs, warmup, bytes);
    }
}
