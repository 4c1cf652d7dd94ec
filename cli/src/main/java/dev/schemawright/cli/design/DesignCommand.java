package dev.schemawright.cli.design;

import dev.schemawright.cli.ExitCodes;
import dev.schemawright.cli.SchemawrightCommand;
import dev.schemawright.cli.UserError;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code design DIR} and {@code design --batch ROOT}: the whole pipeline in this process, no Kafka, no S3. */
@Command(name = "design", sortOptions = false,
        description = {"Design the schema of one project folder in-process (no Kafka, no S3).",
                "Every regular, non-hidden file directly in DIR is an input document.",
                "With --batch, every subfolder of DIR is a project named after the folder."},
        footer = {"", "Examples:", "  ./schemawright design corpus/dev/some-project",
                "  ./schemawright design --batch corpus/dev --out /tmp/designs"})
public final class DesignCommand implements Callable<Integer> {
    static final Path DEFAULT_OUT = Path.of("out");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A project folder, or with --batch a folder of project folders.")
    Path dir;

    @Option(names = "--batch", description = "DIR holds one subfolder per project; each is written to OUT/<subfolder>/.")
    boolean batch;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT",
            description = "Output folder. Default: out/<project> for one project, out/ with --batch.")
    Path out;

    @Option(names = {"-p", "--project"}, paramLabel = "ID", description = "Project id (one project only). Default: the folder name.")
    String project;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Projects designed at once with --batch. Default: min(4, cores).")
    Integer jobs;

    @Option(names = {"-v", "--verbose"}, description = "Also print ingest warnings.")
    boolean verbose;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw UserError.usage(dir + " is not a folder");
        }
        return batch ? batch() : single();
    }

    private int single() {
        if (jobs != null) {
            throw UserError.usage("--jobs only applies with --batch");
        }
        String projectId = DocumentFolder.projectId(dir, project);
        Path target = out != null ? out : DEFAULT_OUT.resolve(projectId);
        ProjectOutcome outcome = new ProjectDesign(new InProcessPipeline()).design(projectId, projectId, dir, target);
        print(outcome);
        return exitCode(outcome.crash() != null, !outcome.ok());
    }

    private int batch() {
        if (project != null) {
            throw UserError.usage("--project applies to one project; with --batch each folder name is its project id");
        }
        if (jobs != null && jobs < 1) {
            throw UserError.usage("--jobs must be at least 1");
        }
        long start = System.nanoTime();
        Path target = out != null ? out : DEFAULT_OUT;
        List<ProjectOutcome> outcomes = new BatchDesign(new InProcessPipeline(), jobs != null ? jobs : BatchDesign.defaultJobs())
                .run(dir, target, this::print);
        long failed = outcomes.stream().filter(o -> !o.ok()).count();
        long ms = (System.nanoTime() - start) / 1_000_000;
        PrintWriter stream = failed == 0 ? spec.commandLine().getOut() : spec.commandLine().getErr();
        stream.printf("%d projects: %d designed, %d failed (%d ms) -> %s%n", outcomes.size(), outcomes.size() - failed, failed, ms, target);
        return exitCode(outcomes.stream().anyMatch(o -> o.crash() != null), failed > 0);
    }

    private void print(ProjectOutcome outcome) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (outcome.ok()) {
            out.printf("ok    %s: %d files -> %s%n", outcome.folder(), outcome.files().size(), outcome.outDir());
        } else {
            for (String problem : outcome.problems()) {
                err.printf("FAIL  %s: %s%n", outcome.folder(), problem);
            }
            if (outcome.crash() != null && SchemawrightCommand.debug()) {
                outcome.crash().printStackTrace(err);
            }
        }
        if (verbose) {
            outcome.warnings().forEach(w -> err.printf("warn  %s: %s%n", outcome.folder(), w));
        }
    }

    private static int exitCode(boolean crashed, boolean failed) {
        return crashed ? ExitCodes.INTERNAL : failed ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
