package dev.schemawright.render.service.store;

import dev.schemawright.render.service.publish.RunPublisher;
import dev.schemawright.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** One S3 client for the service; ready only when its bucket answers (render writes there before it announces). */
@ApplicationScoped
public class StorageBeans {

    @Produces
    @Singleton
    ObjectStore objectStore(StorageSettings settings) {
        return new ObjectStore(settings.toStorageConfig());
    }

    void close(@Disposes ObjectStore store) {
        store.close();
    }

    @Produces
    @Singleton
    RunPublisher runPublisher(ObjectStore store) {
        return new RunPublisher(store);
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
