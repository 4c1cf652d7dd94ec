package dev.schemawright.auth;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import dev.schemawright.contracts.Ids;

/** What an authenticated identity means here: the tenant it acts for, and whether it may use admin routes. */
public final class Tenancy {
    /** Identity attribute holding the caller's tenant id. */
    public static final String TENANT_ATTRIBUTE = "schemawright.tenant";
    /** Every caller with a tenant. */
    public static final String TENANT_ROLE = "tenant";
    /** Callers allowed on admin-only routes (prefix batches). */
    public static final String ADMIN_ROLE = "admin";

    private Tenancy() {
    }

    /** The caller's tenant; an authenticated identity without one (an OIDC token lacking the claim) may do nothing. */
    public static String tenantOf(SecurityIdentity identity) {
        Object tenant = identity.getAttribute(TENANT_ATTRIBUTE);
        if (!(tenant instanceof String t) || !Ids.isTenantId(t)) {
            throw new ForbiddenException("the credentials name no tenant");
        }
        return t;
    }
}
