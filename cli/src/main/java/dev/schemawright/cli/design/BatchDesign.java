package dev.schemawright.cli.design;

import dev.schemawright.cli.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code design --batch}: each subfolder of ROOT is a project, designed on a small pool; outcomes are reported in
 * folder-name order whatever order they finish in, so the console output is as deterministic as the files.
 */
public final class BatchDesign {
    private final ProjectDesign projects;
    private final int jobs;

    public BatchDesign(InProcessPipeline pipeline, int jobs) {
        this.projects = new ProjectDesign(pipeline);
        this.jobs = Math.max(1, jobs);
    }

    public static int defaultJobs() {
        return Math.min(4, Runtime.getRuntime().availableProcessors());
    }

    public List<ProjectOutcome> run(Path root, Path out, Consumer<ProjectOutcome> onEach) {
        List<Path> folders = projectFolders(root);
        if (folders.isEmpty()) {
            throw UserError.failed("no project folders in " + root + " (each subfolder is one project)");
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, folders.size()), r -> {
            Thread t = new Thread(r, "design");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ProjectOutcome>> running = new ArrayList<>();
            for (Path folder : folders) {
                String name = folder.getFileName().toString();
                running.add(pool.submit(() -> projects.design(name, name, folder, out.resolve(name))));
            }
            List<ProjectOutcome> outcomes = new ArrayList<>();
            for (Future<ProjectOutcome> future : running) {
                ProjectOutcome outcome = await(future);
                onEach.accept(outcome);
                outcomes.add(outcome);
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    public static List<Path> projectFolders(Path root) {
        if (!Files.isDirectory(root)) {
            throw UserError.usage(root + " is not a folder");
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw UserError.failed("cannot list " + root + ": " + e.getMessage());
        }
    }

    private static ProjectOutcome await(Future<ProjectOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UserError.failed("interrupted");
        } catch (ExecutionException e) {
            // ProjectDesign turns every exception into an outcome; an Error (out of memory) is all that gets here
            throw new IllegalStateException("design crashed", e.getCause());
        }
    }
}
