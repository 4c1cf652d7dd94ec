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
 * Reads built-in samples at startup (the documents of four of corpus/examples' projects, {@code warm-up/*.md}, and an
 * HTML page), {@value #ROUNDS} times, so parser, language models, Tika and the JIT's first compilations are done before
 * the first real upload; the service reports ready only after that, so the first client does not pay for it.
 */
@Readiness
@ApplicationScoped
public class IngestWarmup implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(IngestWarmup.class);
    static final List<String> SAMPLES = List.of("book-club--prd.md", "book-club--tech-stack.md", "clinic-booking--prd.md",
            "clinic-booking--tech-stack.md", "event-ticketing--prd.md", "event-ticketing--tech-stack.md",
            "fleet-maintenance--db-planning-notes.md", "fleet-maintenance--prd.md", "fleet-maintenance--tech-stack.md");
    static final int ROUNDS = 2;
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
            List<InputDocument> documents = samples();
            for (int round = 0; round < ROUNDS; round++) {
                // one project at a time, as uploads come
                for (String project : List.of("book-club", "clinic-booking", "event-ticketing", "fleet-maintenance", "warm-up")) {
                    ingestor.ingest(documents.stream().filter(d -> d.name().startsWith(project + "--")).toList());
                }
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.error("ingest warm-up failed; uploads will report their own errors", e);
        } finally {
            millis = (System.nanoTime() - start) / 1_000_000;
            warm = true;
            LOG.infof("ingest warm-up took %d ms", millis);
        }
    }

    static List<InputDocument> samples() {
        List<InputDocument> out = new java.util.ArrayList<>();
        for (String name : SAMPLES) {
            try (java.io.InputStream in = IngestWarmup.class.getResourceAsStream("/warm-up/" + name)) {
                if (in != null) {
                    out.add(new InputDocument(name, null, in.readAllBytes()));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        out.add(new InputDocument("warm-up--page.html", null, HTML.getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("ingest-warm-up").status(warm).withData("millis", millis).build();
    }
}
