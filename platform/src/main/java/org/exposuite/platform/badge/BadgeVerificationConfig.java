package org.exposuite.platform.badge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Where the badge keys come from and how they are kept fresh ({@code expo.badge.verification.*}). */
@ConfigMapping(prefix = "expo.badge.verification")
public interface BadgeVerificationConfig {

    /**
     * registration-service's published badge keys (JWKS): an http(s) URL, or a file path for tests. A service that
     * leaves it unset checks no badges.
     */
    Optional<String> jwksLocation();

    /** The {@code iss} every badge carries. */
    @WithDefault("expo-suite-registration")
    String issuer();

    /** How often the keys are fetched in the background. */
    @WithDefault("PT5M")
    Duration refreshInterval();

    /** Keys older than this are stale: they keep checking badges while the registration is unreachable, with a warning. */
    @WithDefault("PT15M")
    Duration maxAge();

    /** A badge naming an unknown key id makes the keys be fetched at most once per this interval. */
    @WithDefault("PT30S")
    Duration unknownKeyRefreshInterval();

    /** How long a badge naming an unknown key id waits for that fetch before it is refused. */
    @WithDefault("PT1S")
    Duration unknownKeyWait();

    /** Connect and read timeout of one fetch of the keys. */
    @WithDefault("PT3S")
    Duration fetchTimeout();

    /** Tolerance between the registration's clock and this service's when checking expiry and not-before. */
    @WithDefault("PT60S")
    Duration clockSkew();
}
