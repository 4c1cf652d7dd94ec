package dev.schemawright.ingestservice.security;

import dev.schemawright.auth.Tenancy;
import dev.schemawright.contracts.tenant.ProjectRef;
import dev.schemawright.observability.RunLogContext;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who is calling: the tenant of the request's API key (or OIDC token). Every project id in a path is read inside this
 * tenant, so another tenant's project or run is simply not found.
 */
@RequestScoped
public class Caller {
    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Also joins the request's logging context: the lines logged while serving it name the tenant. */
    public String tenantId() {
        String tenantId = Tenancy.tenantOf(identity);
        RunLogContext.setTenant(tenantId);
        return tenantId;
    }

    public ProjectRef project(String projectId) {
        return new ProjectRef(tenantId(), projectId);
    }
}
