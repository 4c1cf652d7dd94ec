package dev.schemawright.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A presented API key, on its way from the HTTP mechanism to the identity provider. */
public final class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {
    private final String key;

    public ApiKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
