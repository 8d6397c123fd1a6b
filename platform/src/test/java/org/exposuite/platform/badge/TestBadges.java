package org.exposuite.platform.badge;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.exposuite.testfixtures.SignedBadges;

/** The badge of one professional visitor, and the verifier's settings, for the tests of this package. */
final class TestBadges {

    static final Instant NOW = Instant.parse("2018-05-26T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    static final String REGISTRATION = "0b6f4c1e-93a4-4b8e-9a55-0d3c2f1e7a10";

    private TestBadges() {
    }

    /** The claims of a professional pass for the first two expo days, valid for a day. */
    static JWTClaimsSet.Builder claims() {
        return SignedBadges.claims(REGISTRATION, "PRO", List.of("2018-05-26", "2018-05-27"), NOW.minusSeconds(3600),
                NOW.plusSeconds(86400));
    }

    static String badge(ECKey key) {
        return SignedBadges.sign(key, claims().build());
    }

    /** The verifier's settings as a service would configure them; tests change what they are about. */
    record Settings(Optional<String> jwksLocation, String issuer, Duration refreshInterval, Duration maxAge,
                    Duration unknownKeyRefreshInterval, Duration unknownKeyWait, Duration fetchTimeout,
                    Duration clockSkew) implements BadgeVerificationConfig {

        static Settings keysAt(String location) {
            return new Settings(Optional.of(location), SignedBadges.ISSUER, Duration.ofMinutes(5), Duration.ofMinutes(15),
                    Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(60));
        }

        Settings refreshingEvery(Duration interval) {
            return new Settings(jwksLocation, issuer, interval, maxAge, unknownKeyRefreshInterval, unknownKeyWait, fetchTimeout,
                    clockSkew);
        }

        Settings fetchingWithin(Duration timeout) {
            return new Settings(jwksLocation, issuer, refreshInterval, maxAge, unknownKeyRefreshInterval, unknownKeyWait, timeout,
                    clockSkew);
        }

        Settings waitingForUnknownKeys(Duration wait) {
            return new Settings(jwksLocation, issuer, refreshInterval, maxAge, unknownKeyRefreshInterval, wait, fetchTimeout,
                    clockSkew);
        }

        Settings unknownKeysFetchingEvery(Duration interval) {
            return new Settings(jwksLocation, issuer, refreshInterval, maxAge, interval, unknownKeyWait, fetchTimeout, clockSkew);
        }
    }
}
