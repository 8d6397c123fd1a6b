package org.exposuite.platform.secret;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Takes a self-service secret out of {@code Authorization: Bearer <prefix>_…}. It runs before the JWT mechanism and
 * claims only what has the shape of a secret, so a secret never reaches JWT validation and a JWT (or no credential)
 * passes on to the JWT mechanism untouched, never reaching the secret lookup. With lazy authentication nothing here
 * runs for a public endpoint, whatever credential comes along.
 */
@ApplicationScoped
public class SelfServiceAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The scheme name an endpoint could select with {@code @HttpAuthenticationMechanism}. */
    public static final String SCHEME = "self-service-secret";

    /** Ahead of the JWT mechanism, which keeps the default priority. */
    static final int PRIORITY = DEFAULT_PRIORITY + 100;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        return SelfServiceSecret.fromAuthorization(authorization)
                .map(secret -> {
                    context.put(HttpAuthenticationMechanism.class.getName(), this);
                    return identityProviderManager.authenticate(
                            HttpSecurityUtils.setRoutingContextAttribute(new SelfServiceSecretRequest(secret), context));
                })
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(HttpResponseStatus.UNAUTHORIZED.code(), HttpHeaderNames.WWW_AUTHENTICATE, "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SelfServiceSecretRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer", SCHEME));
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }
}
