package org.exposuite.exhibitor.security;

import io.quarkus.runtime.StartupEvent;
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
import java.util.Optional;

/**
 * The bearer token (role `service`) this service presents to pavilion-service and registration-service.
 * Production sets `expo.service-token` (EXPO_SERVICE_TOKEN) from the identity provider; without it a
 * short-lived token is signed with `expo.dev-keys.private`, which only the dev and test profiles name.
 */
@ApplicationScoped
public class ServiceToken {

    static final String SUBJECT = "exhibitor-service";
    private static final Duration LIFETIME = Duration.ofHours(1);
    private static final Duration RENEW_BEFORE = Duration.ofMinutes(5);

    @Inject
    ServiceTokenConfig config;

    private volatile Minted minted;

    private record Minted(String token, Instant expiresAt) {
    }

    /** A wrong signing key shows at startup, not at the first approval. */
    void signEarly(@Observes StartupEvent event) {
        authorization();
    }

    /** The Authorization header value, or null when no credentials are configured (the call then goes without). */
    public String authorization() {
        Optional<String> configured = config.serviceToken();
        if (configured.isPresent() && !configured.get().isBlank()) {
            return "Bearer " + configured.get().trim();
        }
        if (config.devKeys().privateKey().isEmpty()) {
            return null;
        }
        Minted current = minted;
        // Real time, not the expo clock: the receiving service checks expiry against its own wall clock.
        Instant now = Instant.now();
        if (current == null || now.plus(RENEW_BEFORE).isAfter(current.expiresAt())) {
            current = mint(now);
            minted = current;
        }
        return "Bearer " + current.token();
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
