package org.exposuite.platform.secret;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Opens a self-service secret: its prefix names the realm, the realm finds the record by the secret's hash (an index
 * lookup, so its time tells nothing about how close a guess was). The identity names that one record and carries the
 * realm's role; a malformed secret, a prefix this service does not hand out and an unknown secret all fail alike.
 */
@ApplicationScoped
public class SelfServiceIdentityProvider implements IdentityProvider<SelfServiceSecretRequest> {

    @Inject
    SelfServiceRealms realms;

    @Override
    public Class<SelfServiceSecretRequest> getRequestType() {
        return SelfServiceSecretRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SelfServiceSecretRequest request, AuthenticationRequestContext context) {
        String secret = request.secret();
        SelfServiceRealm realm = realms.ofSecret(secret).orElse(null);
        if (realm == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Not a self-service secret of this service"));
        }
        return context.runBlocking(() -> realm.holderOf(SelfServiceSecret.hash(secret))
                .map(holder -> identity(realm, holder, secret))
                .orElseThrow(() -> new AuthenticationFailedException("Unknown self-service secret")));
    }

    private static SecurityIdentity identity(SelfServiceRealm realm, UUID holder, String secret) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new SelfServicePrincipal(realm.role(), holder))
                .addRole(realm.role())
                .addCredential(new TokenCredential(secret, SelfServiceSecret.CREDENTIAL_TYPE))
                .build();
    }
}
