package org.exposuite.pavilion.rest;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Badge tokens as registration-service signs them, with a test key published in the JWKS file the service reads. */
final class Badges {

    static final Path JWKS = Path.of("target/test-badge-jwks.json");
    static final String ISSUER = "expo-suite-registration";
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

    static ECKey newKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("test-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
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
        return sign(KEY, claims(registrationId).build());
    }

    static String header(String token) {
        return "Badge " + token;
    }

    static JWTClaimsSet.Builder claims(String registrationId) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(registrationId)
                .claim("cat", "PRO4")
                .claim("days", EXPO_DAYS)
                .issueTime(Date.from(NOW.minus(30, ChronoUnit.DAYS)))
                .expirationTime(Date.from(NOW.plus(30, ChronoUnit.DAYS)));
    }

    static String sign(ECKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
