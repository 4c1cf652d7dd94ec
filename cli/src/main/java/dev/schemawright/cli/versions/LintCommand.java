package dev.schemawright.cli.versions;

import dev.schemawright.cli.ExitCodes;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.render.lint.LintFinding;
import dev.schemawright.render.lint.LintReport;
import dev.schemawright.render.lint.SchemaLint;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lint DIR|model.json}: the schema checks teams run in Atlas, splinter and Prisma, with stable codes. */
@Command(name = "lint", sortOptions = false,
        description = {"Check a design: keys, foreign key indexes, time zones, row-level security, nullable references, duplicate indexes,",
                "reserved words, identifier length; with --against, also enum values changed in place since an earlier design.",
                "Each finding has a stable code, a severity, the element and the fix. Exit 1 when any finding is an error."},
        footer = {"", "Examples:", "  ./schemawright lint out/my-project", "  ./schemawright lint out/v2/model.json --against out/v1"})
public final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DESIGN", description = "A run folder (written by design or submit) or a model.json.")
    Path design;

    @Option(names = "--against", paramLabel = "OLD", description = "An earlier design of the project (run folder or model.json).")
    Path against;

    @Override
    public Integer call() {
        SchemaModel model = ModelFile.read(design);
        List<LintFinding> findings = against == null ? new SchemaLint().check(model) : new SchemaLint().check(model, ModelFile.read(against));
        spec.commandLine().getOut().print(LintReport.text(findings));
        spec.commandLine().getOut().flush();
        return SchemaLint.hasErrors(findings) ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
