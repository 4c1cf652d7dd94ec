package dev.schemawright.ingestservice.upload;

import dev.schemawright.ingest.Ingestor;
import dev.schemawright.ingest.parse.ParseThreads;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the parse threads: DOWN while parses past their time limit hold every one of them (uploads then answer
 * 503 parser-unavailable); UP again as soon as one of those parsers returns. Data: threads, busy, abandoned.
 */
@Readiness
@ApplicationScoped
public class ParseThreadsHealthCheck implements HealthCheck {
    private final Ingestor ingestor;

    public ParseThreadsHealthCheck(Ingestor ingestor) {
        this.ingestor = ingestor;
    }

    @Override
    public HealthCheckResponse call() {
        ParseThreads threads = ingestor.parseThreads();
        return HealthCheckResponse.named("ingest-parse-threads").status(!threads.exhausted())
                .withData("threads", threads.size()).withData("busy", threads.busy()).withData("abandoned", threads.abandoned()).build();
    }
}
