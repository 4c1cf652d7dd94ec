package dev.schemawright.ingestservice.batch;

import dev.schemawright.ingestservice.IngestSettings;

/**
 * Bounds for reading a batch archive (or a set of storage prefixes). {@code ratioFloor}: expansion below this many
 * bytes is never called a bomb (small text files compress well).
 */
public record ArchiveLimits(int maxEntries, long maxTotalBytes, long maxFileBytes, int maxCompressionRatio, int maxProjects, long ratioFloor) {
    public static final long DEFAULT_RATIO_FLOOR = 1024 * 1024;

    public ArchiveLimits {
        if (maxEntries < 1 || maxTotalBytes < 1 || maxFileBytes < 1 || maxCompressionRatio < 1 || maxProjects < 1 || ratioFloor < 0) {
            throw new IllegalArgumentException("archive limits must be positive");
        }
    }

    public static ArchiveLimits from(IngestSettings.Limits limits) {
        return new ArchiveLimits(limits.maxArchiveEntries(), limits.maxArchiveUncompressedSize().asLongValue(),
                limits.maxFileSize().asLongValue(), limits.maxCompressionRatio(), limits.maxBatchProjects(), DEFAULT_RATIO_FLOOR);
    }
}
