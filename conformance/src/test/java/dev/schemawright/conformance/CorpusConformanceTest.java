package dev.schemawright.conformance;

import dev.schemawright.conformance.tools.RepositoryLayout;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.ingest.IngestResult;
import dev.schemawright.ingest.Ingestor;
import dev.schemawright.modeling.SchemaDesigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * The in-process pipeline (Ingestor -> SchemaDesigner -> ArtifactRenderer) over every project of corpus/dev and
 * corpus/examples, and of the Polish evaluation set where it sits beside the repository (its input documents only, see
 * {@link RepositoryLayout#polishEvalCorpus()}), each artifact proven by the tool that consumes it and every schema
 * rendering compared with the model; every table, column, enum and index name is ASCII snake_case, whatever the
 * language of the documents.
 */
class CorpusConformanceTest {
    /** Kept after the run (target/conformance/...), so a failing artifact can be opened and fed to the tool by hand. */
    static final Path out = RenderedModel.outputRoot("corpus");
    /** One of each stage for all projects: both are thread-safe and load their language models once. */
    private static final Ingestor INGESTOR = new Ingestor();
    private static final SchemaDesigner DESIGNER = new SchemaDesigner();

    @TestFactory
    Stream<DynamicContainer> everyDevProjectRendersArtifactsTheirToolsAccept() throws IOException {
        List<Path> projects = new java.util.ArrayList<>(projects());
        try (Stream<Path> s = Files.list(RepositoryLayout.exampleCorpus())) {
            projects.addAll(s.filter(Files::isDirectory).sorted().toList());
        }
        Path polish = RepositoryLayout.polishEvalCorpus();
        if (polish != null) {
            try (Stream<Path> s = Files.list(polish)) {
                projects.addAll(s.filter(Files::isDirectory).sorted().toList());
            }
        }
        // the pipeline dominates this suite: run it for the next projects while the tools check the current one
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "corpus-pipeline");
            t.setDaemon(true);
            return t;
        });
        List<CompletableFuture<RenderedModel>> rendered = projects.stream()
                .map(p -> CompletableFuture.supplyAsync(() -> render(p), pool)).toList();
        pool.shutdown();
        List<ConformanceSuite.Extra> lint = List.of(new ConformanceSuite.Extra("lint: clean, or exactly the recorded exceptions", LintExceptions::check),
                new ConformanceSuite.Extra("identifiers: ASCII snake_case", CorpusConformanceTest::snakeCaseIdentifiers));
        return IntStream.range(0, projects.size()).mapToObj(i -> ConformanceSuite.of(projects.get(i).getFileName().toString(),
                () -> join(rendered.get(i)), lint));
    }

    private static RenderedModel join(CompletableFuture<RenderedModel> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof AssertionError a) {
                throw a;
            }
            throw new AssertionError("pipeline failed: " + e.getCause(), e.getCause());
        }
    }

    /** The dev corpus's project folders, in name order (never none). */
    static List<Path> projects() throws IOException {
        List<Path> projects;
        try (Stream<Path> s = Files.list(RepositoryLayout.devCorpus())) {
            projects = s.filter(Files::isDirectory).sorted().toList();
        }
        if (projects.isEmpty()) {
            throw new AssertionError("no projects in " + RepositoryLayout.devCorpus());
        }
        return projects;
    }

    static RenderedModel render(Path project) {
        // "team__app2.0": a folder name may hold what a project id may not (the CLI derives the id the same way)
        String projectId = project.getFileName().toString().replaceAll("[^A-Za-z0-9_-]", "-");
        IngestResult ingested = INGESTOR.ingest(documents(project));
        if (ingested.rejected()) {
            throw new AssertionError(projectId + ": ingest rejected the documents: " + ingested.diagnostics());
        }
        SchemaModel model = DESIGNER.design(projectId, ingested.requirements());
        if (model.tables().isEmpty()) {
            throw new AssertionError(projectId + ": the designer produced no table from " + ingested.requirements().size() + " requirements");
        }
        return RenderedModel.render(projectId, model, out);
    }

    /** Every table, column, enum and index name of the design: lower-case ASCII letters, digits and '_', a letter first. */
    static void snakeCaseIdentifiers(RenderedModel r) {
        java.util.function.Predicate<String> snake = n -> n.matches("[a-z][a-z0-9_]*");
        List<String> bad = new java.util.ArrayList<>();
        for (dev.schemawright.contracts.model.Table t : r.model().tables()) {
            if (!snake.test(t.name())) {
                bad.add("table " + t.name());
            }
            t.columns().stream().filter(c -> !snake.test(c.name())).forEach(c -> bad.add("column " + t.name() + "." + c.name()));
            t.indexes().stream().filter(i -> !snake.test(i.name())).forEach(i -> bad.add("index " + i.name()));
        }
        r.model().enums().stream().filter(e -> !snake.test(e.name())).forEach(e -> bad.add("enum " + e.name()));
        if (!bad.isEmpty()) {
            throw new AssertionError("identifiers that are not ASCII snake_case: " + bad);
        }
    }

    /** The documents of a project; of an evaluation project (reference plan beside it) only what a user would upload. */
    static List<InputDocument> documents(Path project) {
        boolean eval = Files.exists(project.resolve("gold.json")) || Files.exists(project.resolve("db-plan.md"));
        try (Stream<Path> s = Files.list(project)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> !eval || List.of("prd.md", "tech-stack.md", "db-planning-notes.md").contains(f.getFileName().toString()))
                    .sorted().map(f -> {
                try {
                    return new InputDocument(f.getFileName().toString(), null, Files.readAllBytes(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
