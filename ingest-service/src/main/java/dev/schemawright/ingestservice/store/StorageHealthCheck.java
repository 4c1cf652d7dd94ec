package dev.schemawright.ingestservice.store;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when object storage answers and the bucket exists: uploads are stored before they are published. */
@Readiness
@ApplicationScoped
public class StorageHealthCheck implements HealthCheck {
    private final RunStorage storage;

    StorageHealthCheck(RunStorage storage) {
        this.storage = storage;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            storage.ensureBucket();
            return HealthCheckResponse.named("object-storage").up().withData("bucket", storage.bucket()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("object-storage").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
