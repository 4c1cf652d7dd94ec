package dev.schemawright.ingestservice;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Typed configuration of this service under {@code schemawright.ingest.*}; defaults are the production values. */
@ConfigMapping(prefix = "schemawright.ingest")
public interface IngestSettings {

    Limits limits();

    /** How long an upload waits for the broker to acknowledge its requirement events before answering 503. */
    @WithDefault("30s")
    Duration publishTimeout();

    Batch batch();

    Status status();

    /** Hostile-input bounds, checked before anything is stored or published. */
    interface Limits {
        /** Largest single document (an uploaded file or an archive entry); larger = 413. */
        @WithName("max-file-size")
        @WithDefault("10M")
        MemorySize maxFileSize();

        /** Most files in one run upload; more = 413. */
        @WithDefault("50")
        int maxFilesPerRun();

        /** Most entries (files, folders, links) in one batch archive or prefix listing; more = 413, checked before extracting. */
        @WithDefault("10000")
        int maxArchiveEntries();

        /** Most bytes a batch may expand to (all documents together); more = 413. */
        @WithName("max-archive-uncompressed-size")
        @WithDefault("256M")
        MemorySize maxArchiveUncompressedSize();

        /** Highest expansion ratio (uncompressed / compressed) of an archive or entry past 1 MB; higher = zip bomb, 422. */
        @WithDefault("100")
        int maxCompressionRatio();

        /** Most projects in one batch; more = 413. */
        @WithDefault("1000")
        int maxBatchProjects();
    }

    interface Batch {
        /** Projects of a batch ingested at once; the pipeline downstream runs them in parallel anyway. */
        @WithDefault("2")
        int parallelism();
    }

    interface Status {
        /** Runs whose live status is kept in memory; older ones are answered from object storage. */
        @WithDefault("10000")
        int maxTrackedRuns();
    }
}
