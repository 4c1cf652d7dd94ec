package dev.schemawright.ingest;

/**
 * Bounds that protect ingest from hostile input. {@code maxDocumentBytes}: raw upload size per document;
 * {@code maxExtractedChars}: text extracted from one document (bounds zip-bomb DOCX and huge PDFs);
 * {@code maxRequirements}: requirements per run; {@code maxCompressionRatio}: extracted chars per input byte for
 * compressed containers (DOCX).
 */
public record IngestLimits(long maxDocumentBytes, int maxExtractedChars, int maxRequirements, int maxCompressionRatio) {
    public static final IngestLimits DEFAULTS = new IngestLimits(10L * 1024 * 1024, 4 * 1024 * 1024, 20_000, 100);

    public IngestLimits {
        if (maxDocumentBytes < 1 || maxExtractedChars < 1 || maxRequirements < 1 || maxCompressionRatio < 1) {
            throw new IllegalArgumentException("ingest limits must be positive");
        }
    }

    public IngestLimits withMaxDocumentBytes(long value) {
        return new IngestLimits(value, maxExtractedChars, maxRequirements, maxCompressionRatio);
    }

    public IngestLimits withMaxExtractedChars(int value) {
        return new IngestLimits(maxDocumentBytes, value, maxRequirements, maxCompressionRatio);
    }

    public IngestLimits withMaxRequirements(int value) {
        return new IngestLimits(maxDocumentBytes, maxExtractedChars, value, maxCompressionRatio);
    }
}
