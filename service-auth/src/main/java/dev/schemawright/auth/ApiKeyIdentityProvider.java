package dev.schemawright.auth;

import dev.schemawright.contracts.tenant.ApiKeyRecord;
import dev.schemawright.contracts.tenant.ApiKeys;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Turns a presented key into the identity of its tenant (blocking: the key's record is read from storage). */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {
    private final ApiKeyLookup keys;

    public ApiKeyIdentityProvider(ApiKeyLookup keys) {
        this.keys = keys;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Optional<ApiKeyRecord> record = keys.byHash(ApiKeys.hash(request.key()));
            if (record.isEmpty()) {
                throw new AuthenticationFailedException("unknown API key");
            }
            ApiKeyRecord r = record.get();
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal("api-key:" + r.keyPrefix()))
                    .addRole(Tenancy.TENANT_ROLE)
                    .addAttribute(Tenancy.TENANT_ATTRIBUTE, r.tenantId());
            if (r.admin()) {
                identity.addRole(Tenancy.ADMIN_ROLE);
            }
            return identity.build();
        });
    }
}
