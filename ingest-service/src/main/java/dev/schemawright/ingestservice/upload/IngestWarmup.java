package dev.schemawright.ingestservice.upload;

import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.ingest.Ingestor;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Reads two small documents at startup (Markdown and HTML) so parser, language models and Tika are loaded before
 * the first real upload; the service reports ready only after that, so the first client does not pay for it.
 */
@Readiness
@ApplicationScoped
public class IngestWarmup implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(IngestWarmup.class);
    private static final String MARKDOWN = """
            # Product requirements
            ## User stories
            - As a user, I want to create an account with an email address, so that I can sign in.
            - As a user, I want to save notes with a title and a body.
            ## Functional requirements
            1. Each note belongs to exactly one user.
            """;
    private static final String HTML = "<html><head><title>Notes</title></head><body><h1>Notes</h1>"
            + "<p>A user can archive a note.</p><ul><li>Notes have tags.</li></ul></body></html>";

    private volatile boolean warm;
    private volatile long millis = -1;

    void start(@Observes StartupEvent event, Ingestor ingestor) {
        Thread thread = new Thread(() -> warmUp(ingestor), "ingest-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    private void warmUp(Ingestor ingestor) {
        long start = System.nanoTime();
        try {
            ingestor.ingest(List.of(
                    new InputDocument("warmup.md", null, MARKDOWN.getBytes(StandardCharsets.UTF_8)),
                    new InputDocument("warmup.html", null, HTML.getBytes(StandardCharsets.UTF_8))));
        } catch (RuntimeException | LinkageError e) {
            LOG.error("ingest warm-up failed; uploads will report their own errors", e);
        } finally {
            millis = (System.nanoTime() - start) / 1_000_000;
            warm = true;
            LOG.infof("ingest warm-up took %d ms", millis);
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("ingest-warm-up").status(warm).withData("millis", millis).build();
    }
}
