package org.exposuite.exhibitor.security;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.runtime.TokensHelper;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The bearer token (role `service`) this service presents to pavilion-service and registration-service.
 * Production obtains it from the expo's identity provider by OAuth 2.0 client credentials and renews it before it
 * expires. Without an identity provider (dev and test profiles, the local run) a short-lived token is signed with
 * `expo.dev-keys.private` instead.
 */
@ApplicationScoped
public class ServiceToken {

    static final String SUBJECT = "exhibitor-service";
    private static final Logger LOG = Logger.getLogger(ServiceToken.class);
    private static final Duration LIFETIME = Duration.ofHours(1);
    private static final Duration RENEW_BEFORE = Duration.ofMinutes(5);

    /** The identity provider gave no token (unreachable, failing, or refusing this client): the call is not made. */
    public static class NotIssued extends RuntimeException {

        NotIssued(Throwable cause) {
            super("the identity provider issued no service token: " + cause.getMessage(), cause);
        }
    }

    @Inject
    ServiceTokenConfig config;

    // This service's client at the expo's identity provider (quarkus.oidc-client.*), checked at start.
    @ConfigProperty(name = "quarkus.oidc-client.auth-server-url")
    Optional<String> authServerUrl;

    @ConfigProperty(name = "quarkus.oidc-client.token-path")
    Optional<String> tokenPath;

    @ConfigProperty(name = "quarkus.oidc-client.client-id")
    Optional<String> clientId;

    @ConfigProperty(name = "quarkus.oidc-client.credentials.secret")
    Optional<String> clientSecret;

    @Inject
    OidcClient identityProvider;

    // Keeps the last token, renews it once within quarkus.oidc-client.refresh-token-time-skew of its expiry.
    private final TokensHelper issued = new TokensHelper();

    private volatile Minted minted;

    private record Minted(String token, Instant expiresAt) {
    }

    /**
     * A missing client setting or a wrong signing key shows at startup, not at the first approval. The token itself is
     * obtained at the first call, so the service starts while the identity provider is unreachable.
     */
    void checkAtStart(@Observes StartupEvent event) {
        if (signsItself()) {
            if (LaunchMode.current() == LaunchMode.NORMAL) {
                LOG.warn("the service token is signed with the development key (EXPO_DEV_KEYS_PRIVATE): for a local run only");
            }
            authorization();
        } else {
            requireClientSettings();
        }
    }

    /**
     * The OIDC client treats a missing setting as "disabled" and would fail only at the first call, so the start stops
     * naming every setting the token request needs and does not have.
     */
    private void requireClientSettings() {
        List<String> missing = new ArrayList<>();
        if (blank(authServerUrl) && !tokenPath.map(path -> path.startsWith("http://") || path.startsWith("https://")).orElse(false)) {
            missing.add("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL (quarkus.oidc-client.auth-server-url: the identity provider's issuer URL)");
        }
        if (blank(clientId)) {
            missing.add("QUARKUS_OIDC_CLIENT_CLIENT_ID (quarkus.oidc-client.client-id: exhibitor-service's client at the identity provider)");
        }
        if (blank(clientSecret)) {
            missing.add("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET (quarkus.oidc-client.credentials.secret: that client's secret)");
        }
        if (!missing.isEmpty()) {
            throw new ConfigurationException("exhibitor-service cannot obtain its service token by client credentials; set "
                    + String.join(", ", missing));
        }
    }

    private static boolean blank(Optional<String> value) {
        return value.map(String::isBlank).orElse(true);
    }

    /** The Authorization header value for a call to another service. */
    public String authorization() {
        return "Bearer " + (signsItself() ? signed() : obtained());
    }

    private boolean signsItself() {
        return !blank(config.devKeys().privateKey());
    }

    private String obtained() {
        try {
            return issued.getTokens(identityProvider).await().indefinitely().getAccessToken();
        } catch (RuntimeException e) {
            throw new NotIssued(e);
        }
    }

    private String signed() {
        Minted current = minted;
        // Real time, not the expo clock: the receiving service checks expiry against its own wall clock.
        Instant now = Instant.now();
        if (current == null || now.plus(RENEW_BEFORE).isAfter(current.expiresAt())) {
            current = mint(now);
            minted = current;
        }
        return current.token();
    }

    private Minted mint(Instant now) {
        try {
            PrivateKey key = KeyUtils.decodePrivateKey(Files.readString(Path.of(config.devKeys().privateKey().get())));
            Instant expiresAt = now.plus(LIFETIME);
            String token = Jwt.issuer(config.devKeys().issuer()).subject(SUBJECT).upn(SUBJECT).groups("service")
                    .issuedAt(now).expiresAt(expiresAt).jws().sign(key);
            return new Minted(token, expiresAt);
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign a service token with the key at " + config.devKeys().privateKey().get(), e);
        }
    }
}
