package dev.schemawright.cli.design;

import dev.schemawright.cli.ArtifactFolder;
import dev.schemawright.cli.UserError;
import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.render.Artifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** One project folder through the in-process pipeline into its output folder; every failure becomes an outcome. */
public final class ProjectDesign {
    /** How the warning that names a derived project id starts. */
    static final String DERIVED_ID = "project id '";
    static final String PROJECT_ID_RULE = "letters, digits, '_' and '-', at most 128, starting with a letter or digit";

    private final InProcessPipeline pipeline;

    public ProjectDesign(InProcessPipeline pipeline) {
        this.pipeline = pipeline;
    }

    public ProjectOutcome design(String folder, String projectId, Path inputDir, Path outDir) {
        List<String> named = List.of();
        if (!Ids.isProjectId(projectId) && projectId.equals(folder)) {
            // a folder name is no id ("10xDevs2.0_App"): design it under the nearest valid id and say so
            projectId = Ids.projectIdFrom(folder);
            named = List.of(DERIVED_ID + projectId + "' derived from the folder name '" + folder + "' (" + PROJECT_ID_RULE + ")");
        }
        if (!Ids.isProjectId(projectId)) {
            return ProjectOutcome.failed(folder, outDir, List.of("'" + projectId + "' is not a valid project id (" + PROJECT_ID_RULE
                    + "); rename the folder"), List.of());
        }
        try {
            List<InputDocument> documents = DocumentFolder.read(inputDir);
            if (documents.isEmpty()) {
                String hint = hasSubfolders(inputDir) ? "; it has subfolders: for a folder of projects use --batch" : "";
                return ProjectOutcome.failed(folder, outDir, List.of("no input documents in " + inputDir
                        + " (every regular, non-hidden file in the folder is one)" + hint), List.of());
            }
            PipelineResult result = pipeline.run(projectId, documents);
            List<String> warnings = new java.util.ArrayList<>(named);
            result.diagnostics().stream().filter(d -> !result.errors().contains(d)).map(ProjectDesign::describe).forEach(warnings::add);
            if (result.rejected()) {
                return ProjectOutcome.failed(folder, outDir, result.errors().stream().map(ProjectDesign::describe).toList(), warnings);
            }
            return ProjectOutcome.written(folder, outDir, write(result.artifacts(), outDir), warnings);
        } catch (UserError e) {
            return ProjectOutcome.failed(folder, outDir, List.of(e.getMessage()), List.of());
        } catch (RuntimeException e) {
            return ProjectOutcome.crashed(folder, outDir, e);
        }
    }

    private static boolean hasSubfolders(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(Files::isDirectory);
        } catch (IOException e) {
            return false;
        }
    }

    /** "prd.md: corrupt-document: not valid UTF-8 at byte 12" — the document first, so the user knows what to fix. */
    static String describe(Diagnostic d) {
        String where = d.sources().isEmpty() ? "" : String.join(", ", d.sources()) + ": ";
        return where + d.code() + ": " + d.message();
    }

    private static List<String> write(List<Artifact> artifacts, Path outDir) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        artifacts.forEach(a -> files.put(a.name(), a.content()));
        return ArtifactFolder.write(outDir, files);
    }
}
