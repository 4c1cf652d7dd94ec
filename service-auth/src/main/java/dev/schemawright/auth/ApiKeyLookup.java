package dev.schemawright.auth;

import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.tenant.ApiKeyRecord;
import dev.schemawright.storage.ObjectStore;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Key records by key hash, from the object storage the service already uses ({@code auth/api-keys/}), cached for
 * {@code quarkus.cache.caffeine."api-keys".expire-after-write} (unknown keys too, so random keys cannot hammer storage).
 */
@ApplicationScoped
public class ApiKeyLookup {
    private final ObjectStore store;

    public ApiKeyLookup(ObjectStore store) {
        this.store = store;
    }

    @CacheResult(cacheName = "api-keys")
    public Optional<ApiKeyRecord> byHash(String keyHash) {
        return store.get(ObjectKeys.apiKey(keyHash)).map(o -> JsonCodec.fromBytes(o.bytes(), ApiKeyRecord.class));
    }
}
