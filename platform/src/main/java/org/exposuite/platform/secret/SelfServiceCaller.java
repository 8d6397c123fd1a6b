package org.exposuite.platform.secret;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The caller of a self-service endpoint: the record its secret opened. Only for endpoints that allow nothing but a
 * self-service role, where the security check has run (and refused anyone else) before the method is called.
 */
@ApplicationScoped
public class SelfServiceCaller {

    @Inject
    SecurityIdentity identity;

    /** The id of the caller's own record. */
    public UUID id() {
        return principal().holder();
    }

    /** The secret itself, for what is derived from it rather than stored (e.g. a waiting list offer token). */
    public String secret() {
        principal();
        return identity.getCredential(TokenCredential.class).getToken();
    }

    private SelfServicePrincipal principal() {
        if (identity.getPrincipal() instanceof SelfServicePrincipal principal) {
            return principal;
        }
        throw new IllegalStateException("A self-service endpoint must allow only its self-service role");
    }
}
