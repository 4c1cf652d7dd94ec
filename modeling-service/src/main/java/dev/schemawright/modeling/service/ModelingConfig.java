package dev.schemawright.modeling.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Bounds of run gathering and design: memory, threads and time stay bounded whatever arrives on the topic. */
@ConfigMapping(prefix = "schemawright.modeling")
public interface ModelingConfig {

    Gather gather();

    /** A design that runs longer is abandoned and its run fails with reason {@code design-time-exceeded}. */
    @WithDefault("PT20S")
    Duration designTimeout();

    /** Designs that run at once (each on its own thread). */
    @WithDefault("2")
    int designWorkers();

    /**
     * Threads of timed-out designs that ignore interruption and keep running, tolerated on top of the workers; with
     * this many, new designs wait (queued, not lost) until one of them ends.
     */
    @WithDefault("2")
    int maxAbandonedDesigns();

    /** Completed runs waiting for a worker; beyond it the consumer waits (back-pressure on the topic). */
    @WithDefault("500")
    int designQueue();

    /** How long publishing an outcome is retried (broker away) before the run is left unacknowledged for redelivery. */
    @WithDefault("PT5M")
    Duration publishRetryFor();

    interface Gather {
        /** A run that receives nothing for this long is given up and reported as failed. */
        @WithDefault("PT10M")
        Duration idleTimeout();

        /** How often runs are checked for expiry. */
        @WithDefault("PT5S")
        Duration expiryCheckInterval();

        /** Runs gathered at once; beyond it the least recently active run is given up. */
        @WithDefault("1000")
        int maxOpenRuns();

        /** A run announcing more requirements than this is rejected (ingest caps runs lower). */
        @WithDefault("50000")
        int maxRequirementsPerRun();

        /** Finished runs remembered, so re-delivered events of a finished run are dropped. */
        @WithDefault("10000")
        int rememberedRuns();
    }
}
