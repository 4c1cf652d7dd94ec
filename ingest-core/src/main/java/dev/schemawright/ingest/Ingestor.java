package dev.schemawright.ingest;

import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.requirement.RunIds;
import dev.schemawright.ingest.classify.DocumentRoles;
import dev.schemawright.ingest.extract.RequirementExtractor;
import dev.schemawright.ingest.parse.ParseThreads;
import dev.schemawright.ingest.read.DocumentReader;
import dev.schemawright.ingest.read.ReadDocument;
import dev.schemawright.ingest.read.ReadOutcome;
import dev.schemawright.ingest.read.RejectedDocument;
import dev.schemawright.ingest.reject.RejectionCode;
import dev.schemawright.ingest.reject.Rejection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Entry point of the ingest stage: documents in, requirements out. Pure Java, no framework; the same code runs in
 * ingest-service and in the CLI. Thread-safe: it holds only immutable configuration.
 *
 * <p>Documents are read in name order. A document that fails a check adds one ERROR diagnostic (codes in
 * {@link RejectionCode}) and contributes no requirements; the others are still read, so one upload reports every bad
 * document at once. Nothing is thrown for bad input.
 */
public final class Ingestor {
    private final IngestLimits limits;
    private final ParseThreads threads;

    public Ingestor() {
        this(IngestLimits.DEFAULTS);
    }

    public Ingestor(IngestLimits limits) {
        this(limits, ParseThreads.shared());
    }

    /** {@code threads}: the bounded pool Tika parses on (see {@link ParseThreads}). */
    public Ingestor(IngestLimits limits, ParseThreads threads) {
        this.limits = limits;
        this.threads = threads;
    }

    public ParseThreads parseThreads() {
        return threads;
    }

    /**
     * The checks that need no parsing (empty, too large, a media type we do not read), for every document: what an
     * upload can be refused for before it is stored. Empty when all pass; {@link #ingest} may still refuse a document.
     */
    public List<Diagnostic> screen(List<InputDocument> documents) {
        DocumentReader reader = new DocumentReader(limits, threads);
        return documents.stream().sorted(Comparator.comparing(InputDocument::name))
                .map(reader::screen).flatMap(java.util.Optional::stream)
                .map(r -> r.rejection().diagnostic()).toList();
    }

    /**
     * Loads what the first ingest in a JVM would otherwise pay for (Tika's parser registry, the language model,
     * regex compilation): call once at service start-up so the first upload is not seconds slower than the rest.
     */
    public static void warmUp() {
        String text = "# Warm-up PRD\n\n- As a user, I want to sign in so that my data is private.\n"
                + "- Every project belongs to exactly one owner and its title is required.\n".repeat(8);
        new Ingestor().ingest(List.of(
                new InputDocument("warm-up.md", null, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new InputDocument("warm-up.html", null, ("<html><body><h1>Warm-up</h1><p>" + text + "</p></body></html>")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    public IngestLimits limits() {
        return limits;
    }

    public IngestResult ingest(List<InputDocument> documents) {
        List<Requirement> out = new ArrayList<>();
        List<DocumentSummary> summaries = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        RequirementExtractor.RunIdAllocator ids = new RequirementExtractor.RunIdAllocator();
        DocumentReader reader = new DocumentReader(limits, threads);
        boolean overLimit = false;
        for (InputDocument doc : documents.stream().sorted(Comparator.comparing(InputDocument::name)).toList()) {
            ReadOutcome outcome = reader.read(doc);
            if (outcome instanceof RejectedDocument rejected) {
                diagnostics.add(rejected.rejection().diagnostic());
                summaries.add(summary(doc, doc.role() == null ? DocumentRole.OTHER : doc.role(), rejected.mediaType(),
                        "unknown", "und", 0));
            } else if (outcome instanceof ReadDocument read) {
                DocumentRole role = DocumentRoles.resolve(doc.role(), doc.name(),
                        read.blocks().stream().flatMap(b -> b.headingPath().stream()).distinct().limit(8).toList());
                // each requirement carries its document's language, so the modeler picks the reading per document
                List<Requirement> requirements = RequirementExtractor.extract(doc.name(), role, read.blocks(), ids).stream()
                        .map(r -> new Requirement(r.id(), r.kind(), r.text(), r.source().withLanguage(read.language()), r.scope(), r.facets()))
                        .toList();
                if (!overLimit && out.size() + requirements.size() > limits.maxRequirements()) {
                    overLimit = true;
                    diagnostics.add(new Rejection(doc.name(), RejectionCode.TOO_MANY_REQUIREMENTS, "Document '" + doc.name()
                            + "' brings the run to " + (out.size() + requirements.size()) + " requirements, over the limit of "
                            + limits.maxRequirements() + ".").diagnostic());
                }
                if (!overLimit) {
                    out.addAll(requirements);
                }
                summaries.add(summary(doc, role, read.mediaType(), read.charset(), read.language(), requirements.size()));
            } else {
                throw new IllegalStateException("unsupported " + outcome);
            }
        }
        return new IngestResult(out, summaries, diagnostics);
    }

    private static DocumentSummary summary(InputDocument doc, DocumentRole role, String mediaType, String charset,
                                           String language, int requirements) {
        return new DocumentSummary(doc.name(), role, mediaType, charset, language, doc.size(),
                RunIds.sha256Hex(doc.content()), requirements);
    }
}
