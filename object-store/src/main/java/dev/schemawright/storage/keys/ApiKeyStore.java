package dev.schemawright.storage.keys;

import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.tenant.ApiKeyRecord;
import dev.schemawright.contracts.tenant.ApiKeys;
import dev.schemawright.storage.ObjectStore;
import dev.schemawright.storage.WriteOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * API keys in object storage, the one store ingest-service and render-service already share (and that the CLI can
 * reach to make keys for the local platform). A key's record is named by the key's SHA-256, so a lookup is one GET
 * and the key itself is never written anywhere.
 */
public final class ApiKeyStore {
    private final ObjectStore store;
    private final Clock clock;

    public ApiKeyStore(ObjectStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public ApiKeyStore(ObjectStore store) {
        this(store, Clock.systemUTC());
    }

    /** A new key for {@code tenantId}; the returned key is the only copy there will ever be. */
    public String create(String tenantId, boolean admin, String label) {
        Ids.requireTenantId(tenantId);
        store.ensureBucket();
        String key = ApiKeys.generate();
        ApiKeyRecord record = new ApiKeyRecord(ApiKeyRecord.SCHEMA_VERSION, tenantId, admin, label, ApiKeys.displayPrefix(key),
                clock.instant().toString());
        WriteOutcome outcome = store.putIfAbsent(ObjectKeys.apiKey(ApiKeys.hash(key)),
                JsonCodec.toPrettyString(record).getBytes(StandardCharsets.UTF_8), "application/json");
        if (outcome != WriteOutcome.CREATED) {
            // 256 random bits never collide; if they did, the other key must not be overwritten
            throw new IllegalStateException("an API key with this hash exists already");
        }
        return key;
    }

    /** The record of a presented key, or empty when the key is unknown (or not even of our shape). */
    public Optional<ApiKeyRecord> find(String presentedKey) {
        if (!ApiKeys.looksLikeKey(presentedKey)) {
            return Optional.empty();
        }
        return store.get(ObjectKeys.apiKey(ApiKeys.hash(presentedKey))).map(o -> JsonCodec.fromBytes(o.bytes(), ApiKeyRecord.class));
    }

    /** Revokes a key: its record is deleted (services forget it once their cache entry expires). */
    public boolean revoke(String presentedKey) {
        String objectKey = ObjectKeys.apiKey(ApiKeys.hash(presentedKey));
        if (!store.exists(objectKey)) {
            return false;
        }
        store.delete(objectKey);
        return true;
    }
}
