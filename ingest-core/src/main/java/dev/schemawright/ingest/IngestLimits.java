package dev.schemawright.ingest;

/**
 * Bounds that protect ingest from hostile input.
 * <ul>
 *   <li>{@code maxDocumentBytes}: raw size of one uploaded document;</li>
 *   <li>{@code maxExtractedChars}: characters of text taken from one document (Tika stops writing past it);</li>
 *   <li>{@code maxRequirements}: requirements per run (and so per document);</li>
 *   <li>{@code maxCompressionRatio}: how many times its compressed size a DOCX may inflate to (zip-bomb guard);</li>
 *   <li>{@code maxParseTime}: how long Tika may take to extract one PDF, DOCX or HTML document (a file crafted to keep a
 *   parser busy is refused as unreadable instead of holding an upload).</li>
 * </ul>
 */
public record IngestLimits(long maxDocumentBytes, int maxExtractedChars, int maxRequirements, int maxCompressionRatio, java.time.Duration maxParseTime) {
    public static final IngestLimits DEFAULTS = new IngestLimits(10L * 1024 * 1024, 4 * 1024 * 1024, 20_000, 100, java.time.Duration.ofSeconds(20));
    /** Small DOCX files legitimately inflate far beyond the ratio (styles, themes); below this any ratio is fine. */
    static final long MIN_INFLATE_BUDGET = 4L * 1024 * 1024;
    static final long MAX_INFLATE_BUDGET = 256L * 1024 * 1024;

    public IngestLimits {
        if (maxDocumentBytes < 1 || maxExtractedChars < 1 || maxRequirements < 1 || maxCompressionRatio < 1 || maxParseTime == null
                || maxParseTime.isNegative() || maxParseTime.isZero()) {
            throw new IllegalArgumentException("ingest limits must be positive");
        }
    }

    /** Bytes a zip container of {@code compressedBytes} may inflate to. */
    public long maxInflatedBytes(long compressedBytes) {
        return Math.max(MIN_INFLATE_BUDGET, Math.min(MAX_INFLATE_BUDGET, compressedBytes * maxCompressionRatio));
    }

    public IngestLimits withMaxDocumentBytes(long value) {
        return new IngestLimits(value, maxExtractedChars, maxRequirements, maxCompressionRatio, maxParseTime);
    }

    public IngestLimits withMaxExtractedChars(int value) {
        return new IngestLimits(maxDocumentBytes, value, maxRequirements, maxCompressionRatio, maxParseTime);
    }

    public IngestLimits withMaxRequirements(int value) {
        return new IngestLimits(maxDocumentBytes, maxExtractedChars, value, maxCompressionRatio, maxParseTime);
    }

    public IngestLimits withMaxCompressionRatio(int value) {
        return new IngestLimits(maxDocumentBytes, maxExtractedChars, maxRequirements, value, maxParseTime);
    }

    public IngestLimits withMaxParseTime(java.time.Duration value) {
        return new IngestLimits(maxDocumentBytes, maxExtractedChars, maxRequirements, maxCompressionRatio, value);
    }
}
