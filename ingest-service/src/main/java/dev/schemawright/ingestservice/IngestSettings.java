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

    Parse parse();

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

        /** Longest Tika may take to read one PDF, DOCX or HTML document; longer = the document is refused as unreadable (422). */
        @WithDefault("20s")
        java.time.Duration maxParseTime();

        /** Most projects in one batch; more = 413. */
        @WithDefault("1000")
        int maxBatchProjects();
    }

    interface Batch {
        /** Projects of a batch ingested at once; the pipeline downstream runs them in parallel anyway. */
        @WithDefault("2")
        int parallelism();

        /** Expanded archive bytes held in memory across all batches; past it a new batch is answered 429. */
        @WithDefault("512M")
        MemorySize maxBytesInFlight();

        /** Projects of all batches waiting to be ingested; past it a new batch is answered 429. */
        @WithDefault("5000")
        int maxQueuedProjects();

        /** How long a project of an accepted batch is retried while storage or the broker is away (503). */
        @WithDefault("10m")
        Duration retryFor();
    }

    /** The parse workers, which read uploaded documents off the request thread (see UploadWorker). */
    interface Parse {
        /**
         * Threads Tika may parse on (PDF, DOCX, HTML). A parse past max-parse-time is abandoned: its thread stays taken
         * until the parser returns. While abandoned parses hold all of them, uploads answer 503 parser-unavailable and
         * readiness is DOWN. Keep it above the upload channel's concurrency (the parses that run at once).
         */
        @WithDefault("4")
        int threads();

        /** How long a parse worker retries storage or the broker, or waits for a free parse thread, before the run fails. */
        @WithDefault("2m")
        Duration retryFor();
    }

    interface Status {
        /** Runs whose live status is kept in memory; older ones are answered from object storage. */
        @WithDefault("10000")
        int maxTrackedRuns();
    }
}
