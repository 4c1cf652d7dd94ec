package dev.schemawright.ingestservice.store;

import dev.schemawright.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One S3 client for the whole service (the client is thread-safe and pools connections). */
@ApplicationScoped
public class ObjectStoreProducer {

    @Produces
    @Singleton
    ObjectStore objectStore(StorageSettings settings) {
        return new ObjectStore(settings.toStorageConfig());
    }

    void close(@Disposes ObjectStore store) {
        store.close();
    }
}
