package dev.schemawright.render.service.publish;

import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.render.ArtifactRenderer;
import dev.schemawright.versions.SchemaMigrator;
import dev.schemawright.versions.migrate.MigrationOptions;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Renders a built-in sample model ({@code warm-up/model.json}, the design of corpus/examples/book-club) and plans a
 * migration from it at start-up, three times, so the renderers, the JSON codec and the migrator are loaded and compiled
 * before the first run; the service reports ready only after that (readiness check {@code render-warm-up}), so the
 * first user does not pay for it. A warm-up that fails is logged and never stops the service.
 */
@Readiness
@ApplicationScoped
public class RenderWarmup implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(RenderWarmup.class);
    static final String SAMPLE = "/warm-up/model.json";
    private static final int ROUNDS = 3;

    private volatile boolean warm;
    private volatile long millis = -1;

    void start(@Observes StartupEvent event) {
        Thread thread = new Thread(this::warmUp, "render-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    void warmUp() {
        long start = System.nanoTime();
        try {
            byte[] json = sample();
            ArtifactRenderer renderer = new ArtifactRenderer();
            SchemaMigrator migrator = new SchemaMigrator();
            for (int i = 0; i < ROUNDS; i++) {
                SchemaModel model = JsonCodec.fromBytes(json, SchemaModel.class);
                renderer.renderAll(model);
                migrator.render(migrator.plan(model, model, MigrationOptions.defaults()));
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.error("render warm-up failed; the first run will be the slow one", e);
        } finally {
            millis = (System.nanoTime() - start) / 1_000_000;
            warm = true;
            LOG.infof("render warm-up took %d ms", millis);
        }
    }

    static byte[] sample() {
        try (InputStream in = RenderWarmup.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(SAMPLE + " is missing from the service");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean warm() {
        return warm;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("render-warm-up").status(warm).withData("millis", millis).build();
    }
}
