package dev.schemawright.cli.design;

import java.nio.file.Path;
import java.util.List;

/**
 * How one project folder went: the files written, or the problems that stopped it (each a line naming the document
 * and the reason), or the unexpected exception behind an internal error. Warnings never stop a project.
 */
public record ProjectOutcome(String folder, Path outDir, List<String> files, List<String> problems, List<String> warnings,
                             Throwable crash) {
    public ProjectOutcome {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    static ProjectOutcome written(String folder, Path outDir, List<String> files, List<String> warnings) {
        return new ProjectOutcome(folder, outDir, files, List.of(), warnings, null);
    }

    static ProjectOutcome failed(String folder, Path outDir, List<String> problems, List<String> warnings) {
        return new ProjectOutcome(folder, outDir, List.of(), problems, warnings, null);
    }

    static ProjectOutcome crashed(String folder, Path outDir, Throwable crash) {
        return new ProjectOutcome(folder, outDir, List.of(), List.of("internal error: " + crash), List.of(), crash);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
