package dev.schemawright.contracts.tenant;

import dev.schemawright.contracts.Ids;

/**
 * What is stored for an API key, under {@code ObjectKeys.apiKey(ApiKeys.hash(key))}: the tenant it belongs to, whether
 * it may use admin routes, and what identifies it to people (a label, its first characters, when it was made). Never
 * the key itself.
 */
public record ApiKeyRecord(int schemaVersion, String tenantId, boolean admin, String label, String keyPrefix, String createdAt) {
    public static final int SCHEMA_VERSION = 1;

    public ApiKeyRecord {
        Ids.requireTenantId(tenantId);
    }
}
