package dev.schemawright.render.service.store;

import dev.schemawright.storage.StorageConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;

/** Object storage, under the same {@code schemawright.storage.*} keys and defaults every service uses. */
@ConfigMapping(prefix = StorageConfig.PREFIX)
public interface StorageSettings {
    @WithDefault(StorageConfig.DEFAULT_ENDPOINT)
    URI endpoint();

    @WithDefault(StorageConfig.DEFAULT_REGION)
    String region();

    @WithDefault(StorageConfig.DEFAULT_BUCKET)
    String bucket();

    @WithDefault(StorageConfig.DEFAULT_ACCESS_KEY)
    String accessKey();

    @WithDefault(StorageConfig.DEFAULT_SECRET_KEY)
    String secretKey();

    @WithDefault("true")
    boolean pathStyle();

    default StorageConfig toStorageConfig() {
        return new StorageConfig(endpoint(), region(), bucket(), accessKey(), secretKey(), pathStyle());
    }
}
