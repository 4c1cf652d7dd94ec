package dev.schemawright.ingest;

import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.requirement.RunIds;
import dev.schemawright.ingest.classify.DocumentRoles;
import dev.schemawright.ingest.detect.LanguageDetector;
import dev.schemawright.ingest.extract.RequirementExtractor;
import dev.schemawright.ingest.parse.Block;
import dev.schemawright.ingest.parse.MarkdownBlockReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Entry point of the ingest stage: documents in, requirements out. Pure Java, no framework; the same code runs in
 * ingest-service and in the CLI. Thread-safe: it holds only immutable configuration.
 */
public final class Ingestor {
    private final IngestLimits limits;

    public Ingestor() {
        this(IngestLimits.DEFAULTS);
    }

    public Ingestor(IngestLimits limits) {
        this.limits = limits;
    }

    public IngestLimits limits() {
        return limits;
    }

    public IngestResult ingest(List<InputDocument> documents) {
        List<Requirement> out = new ArrayList<>();
        List<DocumentSummary> summaries = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        RequirementExtractor.RunIdAllocator ids = new RequirementExtractor.RunIdAllocator();
        for (InputDocument doc : documents.stream().sorted(Comparator.comparing(InputDocument::name)).toList()) {
            String text = new String(doc.content(), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<Block> blocks = new MarkdownBlockReader().read(text);
            DocumentRole role = DocumentRoles.resolve(doc.role(), doc.name(),
                    blocks.stream().flatMap(b -> b.headingPath().stream()).distinct().limit(8).toList());
            List<Requirement> requirements = RequirementExtractor.extract(doc.name(), role, blocks, ids);
            out.addAll(requirements);
            summaries.add(new DocumentSummary(doc.name(), role, "text/markdown", "UTF-8", LanguageDetector.detect(text),
                    doc.size(), RunIds.sha256Hex(doc.content()), requirements.size()));
        }
        return new IngestResult(out, summaries, diagnostics);
    }
}
