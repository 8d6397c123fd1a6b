package org.exposuite.platform.secret;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A self-service secret taken from the request, to be checked by {@link SelfServiceIdentityProvider}. */
public final class SelfServiceSecretRequest extends BaseAuthenticationRequest {

    private final String secret;

    public SelfServiceSecretRequest(String secret) {
        this.secret = secret;
    }

    public String secret() {
        return secret;
    }
}
