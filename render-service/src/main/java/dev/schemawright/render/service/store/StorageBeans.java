package dev.schemawright.render.service.store;

import dev.schemawright.render.service.publish.RunPublisher;
import dev.schemawright.storage.ObjectStore;
import dev.schemawright.storage.StorageConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** One S3 client for the service; ready only when its bucket answers (render writes there before it announces). */
@ApplicationScoped
public class StorageBeans {
    /** Storage writes in flight at once: the artifacts of two runs. */
    static final int WRITERS = 16;

    /** The {@code schemawright.storage.*} keys every service shares, read by object-store's own typed config. */
    @Produces
    @Singleton
    ObjectStore objectStore(Config config) {
        return new ObjectStore(StorageConfig.from(name -> config.getOptionalValue(name, String.class)));
    }

    void close(@Disposes ObjectStore store) {
        store.close();
    }

    @Produces
    @Singleton
    RunPublisher runPublisher(ObjectStore store) {
        // a run's eight artifacts are written at once; two runs render at once (model-ready concurrency=2)
        AtomicInteger n = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS, r -> {
            Thread t = new Thread(r, "artifact-writer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return new RunPublisher(store, writers);
    }

    @Produces
    @Readiness
    @Singleton
    HealthCheck storageReady(ObjectStore store) {
        return () -> {
            try {
                store.ensureBucket();
                return HealthCheckResponse.named("object-storage").up().withData("bucket", store.bucket()).build();
            } catch (RuntimeException e) {
                return HealthCheckResponse.named("object-storage").down().withData("error", String.valueOf(e.getMessage())).build();
            }
        };
    }
}
