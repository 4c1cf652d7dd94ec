package dev.schemawright.modeling.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Bounds of run gathering: memory stays bounded whatever arrives on the topic. */
@ConfigMapping(prefix = "schemawright.modeling")
public interface ModelingConfig {

    Gather gather();

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
