package dev.schemawright.ingest;

import dev.schemawright.contracts.Lists;
import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.contracts.requirement.Requirement;
import java.util.List;

/**
 * What ingest read from a run's documents: requirements in a stable order (document name, then position), one summary
 * per document, and diagnostics. Any ERROR diagnostic means the run must be rejected and nothing published.
 */
public record IngestResult(List<Requirement> requirements, List<DocumentSummary> documents, List<Diagnostic> diagnostics) {
    public IngestResult {
        requirements = Lists.copy(requirements);
        documents = Lists.copy(documents);
        diagnostics = Lists.copy(diagnostics);
    }

    public boolean rejected() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
