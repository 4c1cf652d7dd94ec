package dev.schemawright.cli.design;

import dev.schemawright.cli.ExitCodes;
import dev.schemawright.cli.SchemawrightCommand;
import dev.schemawright.cli.UserError;
import dev.schemawright.cli.console.JsonOutput;
import dev.schemawright.cli.console.Progress;
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
                "  ./schemawright design --batch corpus/dev --out /tmp/designs",
                "  ./schemawright design corpus/dev/some-project --json | jq .results[0].files"})
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

    @Option(names = "--json", description = "Print one JSON document (each project's outcome, files, problems) instead of lines.")
    boolean json;

    /** What {@code --json} prints: one entry per project folder, in folder order. */
    public record DesignReport(int projects, int designed, int failed, long millis, List<ProjectReport> results) {
    }

    public record ProjectReport(String project, boolean ok, String out, List<String> files, List<String> problems,
                                List<String> warnings) {
        static ProjectReport of(ProjectOutcome o) {
            return new ProjectReport(o.folder(), o.ok(), o.outDir().toString(), o.files(), o.problems(), o.warnings());
        }
    }

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
        String folder = dir.toAbsolutePath().normalize().getFileName() == null ? projectId : dir.toAbsolutePath().normalize().getFileName().toString();
        long start = System.nanoTime();
        // a folder name that is no id is designed under the id made from it, and the outcome says so
        ProjectOutcome outcome = new ProjectDesign(new InProcessPipeline()).design(project == null ? folder : projectId,
                project == null ? folder : projectId, dir, target);
        if (json) {
            report(List.of(outcome), start);
        } else {
            print(outcome);
        }
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
        Progress progress = Progress.of(spec.commandLine().getErr(), "projects", BatchDesign.projectFolders(dir).size());
        List<ProjectOutcome> outcomes = new BatchDesign(new InProcessPipeline(), jobs != null ? jobs : BatchDesign.defaultJobs())
                .run(dir, target, outcome -> {
                    progress.clear();
                    if (!json) {
                        print(outcome);
                    }
                    progress.advance(outcome.folder());
                });
        progress.clear();
        if (json) {
            report(outcomes, start);
            return exitCode(outcomes.stream().anyMatch(o -> o.crash() != null), outcomes.stream().anyMatch(o -> !o.ok()));
        }
        long failed = outcomes.stream().filter(o -> !o.ok()).count();
        long ms = (System.nanoTime() - start) / 1_000_000;
        PrintWriter stream = failed == 0 ? spec.commandLine().getOut() : spec.commandLine().getErr();
        stream.printf("%d projects: %d designed, %d failed (%d ms) -> %s%n", outcomes.size(), outcomes.size() - failed, failed, ms, target);
        return exitCode(outcomes.stream().anyMatch(o -> o.crash() != null), failed > 0);
    }

    private void report(List<ProjectOutcome> outcomes, long start) {
        int failed = (int) outcomes.stream().filter(o -> !o.ok()).count();
        JsonOutput.print(spec.commandLine().getOut(), new DesignReport(outcomes.size(), outcomes.size() - failed, failed,
                (System.nanoTime() - start) / 1_000_000, outcomes.stream().map(ProjectReport::of).toList()));
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
        // the id a folder was designed under is always said; other warnings only with -v
        outcome.warnings().stream().filter(w -> verbose || w.startsWith(ProjectDesign.DERIVED_ID))
                .forEach(w -> err.printf("warn  %s: %s%n", outcome.folder(), w));
    }

    private static int exitCode(boolean crashed, boolean failed) {
        return crashed ? ExitCodes.INTERNAL : failed ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
