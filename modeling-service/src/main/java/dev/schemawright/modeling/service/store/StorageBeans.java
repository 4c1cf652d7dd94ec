package dev.schemawright.modeling.service.store;

import dev.schemawright.modeling.service.publish.RunOutcomes;
import dev.schemawright.storage.ObjectStore;
import dev.schemawright.storage.StorageConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/** Object storage, only for the run outcome records; modeling never waits on it to be ready (best effort). */
@ApplicationScoped
public class StorageBeans {

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
    RunOutcomes runOutcomes(ObjectStore store) {
        return new RunOutcomes(store);
    }
}
