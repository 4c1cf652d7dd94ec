package dev.schemawright.ingestservice.upload;

import dev.schemawright.ingest.IngestLimits;
import dev.schemawright.ingest.Ingestor;
import dev.schemawright.ingest.parse.ParseThreads;
import dev.schemawright.ingestservice.IngestSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The pure ingest stage (thread-safe, immutable), bounded by this service's per-file size limit and its parse threads. */
@ApplicationScoped
public class IngestorProducer {

    @Produces
    @Singleton
    Ingestor ingestor(IngestSettings settings) {
        return new Ingestor(IngestLimits.DEFAULTS.withMaxDocumentBytes(settings.limits().maxFileSize().asLongValue())
                .withMaxParseTime(settings.limits().maxParseTime()), new ParseThreads(settings.parse().threads()));
    }
}
