package dev.schemawright.contracts.tenant;

import dev.schemawright.contracts.Ids;

/** The tenant vocabulary shared by every module: ids, the default tenant, and how a tenant reads off the wire. */
public final class Tenants {
    /** The tenant of events written before tenants existed (their {@code tenantId} is absent) and of in-process runs. */
    public static final String DEFAULT = "default";

    private Tenants() {
    }

    /** An absent tenant reads as {@link #DEFAULT}; anything else must be a valid tenant id. */
    public static String orDefault(String tenantId) {
        return tenantId == null ? DEFAULT : Ids.requireTenantId(tenantId);
    }
}
