package dev.schemawright.cli.design;

import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.render.Artifact;
import java.util.List;

/**
 * What one in-process run produced: the artifacts (manifest.json last), or none when ingest rejected the documents;
 * the ingest diagnostics either way (warnings included).
 */
public record PipelineResult(String projectId, String runId, List<Artifact> artifacts, List<Diagnostic> diagnostics) {
    public PipelineResult {
        artifacts = List.copyOf(artifacts);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean rejected() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }
}
