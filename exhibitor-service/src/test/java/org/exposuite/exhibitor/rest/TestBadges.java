package org.exposuite.exhibitor.rest;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Badges as registration-service signs them (ES256, P-256), with keys made for the test run. */
final class TestBadges {

    static final String ISSUER = "expo-suite-registration";
    static final ECKey CURRENT = newKey("badge-test-current");

    private TestBadges() {
    }

    static ECKey newKey(String keyId) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid badge of a visitor with a day pass, signed with the published key. */
    static String badge(String registrationId) {
        return sign(CURRENT, registrationId, "VISITOR", Instant.now().plus(Duration.ofDays(3)));
    }

    static String sign(ECKey key, String registrationId, String category, Instant expires) {
        Instant issued = expires.minus(Duration.ofDays(5));
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(registrationId)
                .claim("cat", category)
                .claim("days", List.of("2018-05-26", "2018-05-27"))
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(expires))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
