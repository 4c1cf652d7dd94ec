package dev.schemawright.auth;

import dev.schemawright.contracts.Ids;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * OIDC option: a verified access token acts for the tenant named in its {@code schemawright.auth.oidc.tenant-claim}
 * claim (default {@code tenant}), and is an admin when it has the {@code schemawright.auth.oidc.admin-role} role.
 * Identities from API keys already carry their tenant and pass through unchanged.
 */
@ApplicationScoped
public class OidcTenantAugmentor implements SecurityIdentityAugmentor {
    private final String tenantClaim;
    private final String adminRole;

    public OidcTenantAugmentor(@ConfigProperty(name = "schemawright.auth.oidc.tenant-claim", defaultValue = "tenant") String tenantClaim,
                               @ConfigProperty(name = "schemawright.auth.oidc.admin-role", defaultValue = "schemawright-admin") String adminRole) {
        this.tenantClaim = tenantClaim;
        this.adminRole = adminRole;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getAttribute(Tenancy.TENANT_ATTRIBUTE) != null
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Object claim = token.getClaim(tenantClaim);
        String tenant = claim == null ? null : claim.toString();
        if (!Ids.isTenantId(tenant)) {
            // verified, but for no tenant of ours: authenticated with nothing to see (Tenancy.tenantOf answers 403)
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity)
                .addRole(Tenancy.TENANT_ROLE)
                .addAttribute(Tenancy.TENANT_ATTRIBUTE, tenant);
        if (identity.hasRole(adminRole)) {
            builder.addRole(Tenancy.ADMIN_ROLE);
        }
        return Uni.createFrom().item(builder.build());
    }
}
