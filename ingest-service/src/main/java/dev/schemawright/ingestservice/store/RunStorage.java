package dev.schemawright.ingestservice.store;

import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.storage.ObjectInfo;
import dev.schemawright.storage.ObjectStore;
import dev.schemawright.storage.StoredObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * This service's use of object storage: the bucket made ready once, JSON records written in the one deterministic
 * encoding ({@link JsonCodec}), and plain reads. Keys always come from {@code contracts.ObjectKeys} or a feature's
 * own key function, never from a client string.
 */
@ApplicationScoped
public class RunStorage {
    public static final String JSON = "application/json";

    private final ObjectStore store;
    private volatile boolean bucketReady;

    public RunStorage(ObjectStore store) {
        this.store = store;
    }

    public String bucket() {
        return store.bucket();
    }

    /** Storage may start after this service: create the bucket on first need rather than at boot. */
    public void ensureBucket() {
        if (!bucketReady) {
            store.ensureBucket();
            bucketReady = true;
        }
    }

    public void put(String key, byte[] bytes, String contentType) {
        ensureBucket();
        store.put(key, bytes, contentType);
    }

    public void putJson(String key, Object record) {
        put(key, JsonCodec.toPrettyString(record).getBytes(StandardCharsets.UTF_8), JSON);
    }

    /** Writes a JSON record only if the key is free (If-None-Match): records are written once. */
    public void putJsonIfAbsent(String key, Object record) {
        ensureBucket();
        store.putIfAbsent(key, JsonCodec.toPrettyString(record).getBytes(StandardCharsets.UTF_8), JSON);
    }

    public Optional<ObjectStore.Versioned> getVersioned(String key) {
        ensureBucket();
        return store.getVersioned(key);
    }

    public boolean replaceIfUnchanged(String key, String etag, byte[] bytes) {
        ensureBucket();
        return store.replaceIfUnchanged(key, etag, bytes, "text/plain; charset=utf-8");
    }

    public Optional<StoredObject> get(String key) {
        ensureBucket();
        return store.get(key);
    }

    public <T> Optional<T> getJson(String key, Class<T> type) {
        return get(key).map(o -> JsonCodec.fromBytes(o.bytes(), type));
    }

    public boolean exists(String key) {
        ensureBucket();
        return store.exists(key);
    }

    public List<ObjectInfo> list(String prefix) {
        ensureBucket();
        return store.list(prefix);
    }
}
