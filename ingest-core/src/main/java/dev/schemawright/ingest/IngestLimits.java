package dev.schemawright.ingest;

/**
 * Bounds that protect ingest from hostile input.
 * <ul>
 *   <li>{@code maxDocumentBytes}: raw size of one uploaded document;</li>
 *   <li>{@code maxExtractedChars}: characters of text taken from one document (Tika stops writing past it);</li>
 *   <li>{@code maxRequirements}: requirements per run (and so per document);</li>
 *   <li>{@code maxCompressionRatio}: how many times its compressed size a DOCX may inflate to (zip-bomb guard).</li>
 * </ul>
 */
public record IngestLimits(long maxDocumentBytes, int maxExtractedChars, int maxRequirements, int maxCompressionRatio) {
    public static final IngestLimits DEFAULTS = new IngestLimits(10L * 1024 * 1024, 4 * 1024 * 1024, 20_000, 100);
    /** Small DOCX files legitimately inflate far beyond the ratio (styles, themes); below this any ratio is fine. */
    static final long MIN_INFLATE_BUDGET = 4L * 1024 * 1024;
    static final long MAX_INFLATE_BUDGET = 256L * 1024 * 1024;

    public IngestLimits {
        if (maxDocumentBytes < 1 || maxExtractedChars < 1 || maxRequirements < 1 || maxCompressionRatio < 1) {
            throw new IllegalArgumentException("ingest limits must be positive");
        }
    }

    /** Bytes a zip container of {@code compressedBytes} may inflate to. */
    public long maxInflatedBytes(long compressedBytes) {
        return Math.max(MIN_INFLATE_BUDGET, Math.min(MAX_INFLATE_BUDGET, compressedBytes * maxCompressionRatio));
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

    public IngestLimits withMaxCompressionRatio(int value) {
        return new IngestLimits(maxDocumentBytes, maxExtractedChars, maxRequirements, value);
    }
}
