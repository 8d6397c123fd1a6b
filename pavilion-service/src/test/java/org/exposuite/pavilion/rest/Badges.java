package org.exposuite.pavilion.rest;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.exposuite.testfixtures.SignedBadges;

/** Badge tokens as registration-service signs them, with a test key published in the JWKS file the service reads. */
final class Badges {

    static final Path JWKS = Path.of("target/test-badge-jwks.json");
    static final List<String> EXPO_DAYS = List.of("2018-05-26", "2018-05-27", "2018-05-28", "2018-05-29");
    // The service's clock stands on 27 May 2018 in tests; badges are valid around it.
    static final Instant NOW = Instant.parse("2018-05-27T02:00:00Z");

    private static final List<ECKey> PUBLISHED = new ArrayList<>();
    static final ECKey KEY = newKey();

    static {
        publish(KEY);
    }

    private Badges() {
    }

    /** A key with an id of its own, so that every key published into the one JWKS file of the test run is told apart. */
    static ECKey newKey() {
        return SignedBadges.newKey("test-" + UUID.randomUUID());
    }

    /** Writes the JWKS file with every key published so far, as registration-service would after a rotation. */
    static synchronized void publish(ECKey key) {
        PUBLISHED.add(key.toPublicJWK());
        try {
            Files.createDirectories(JWKS.getParent());
            Files.writeString(JWKS, new JWKSet(new ArrayList<>(PUBLISHED)).toString(true), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String forNewAttendee() {
        return forAttendee(UUID.randomUUID().toString());
    }

    static String forAttendee(String registrationId) {
        return SignedBadges.sign(KEY, claims(registrationId).build());
    }

    static String header(String token) {
        return "Badge " + token;
    }

    /** A professional pass for all four expo days, valid from a month before the test day to a month after. */
    static JWTClaimsSet.Builder claims(String registrationId) {
        return SignedBadges.claims(registrationId, "PRO4", EXPO_DAYS, NOW.minus(30, ChronoUnit.DAYS), NOW.plus(30, ChronoUnit.DAYS));
    }
}
