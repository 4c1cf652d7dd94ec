package dev.schemawright.ingestservice.api;

import dev.schemawright.storage.ObjectStore;
import dev.schemawright.storage.StorageConfig;
import org.eclipse.microprofile.config.ConfigProvider;

/** The real broker and S3Proxy the shared test resource started, as the tests reach them (from the app's config). */
final class TestPlatform {
    private static ObjectStore store;

    private TestPlatform() {
    }

    static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    static synchronized ObjectStore store() {
        if (store == null) {
            store = new ObjectStore(StorageConfig.from(key -> ConfigProvider.getConfig().getOptionalValue(key, String.class)));
        }
        return store;
    }
}
