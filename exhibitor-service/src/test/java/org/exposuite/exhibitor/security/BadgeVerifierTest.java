package org.exposuite.exhibitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verifier on its own: keys from a file or an unreachable address, without the application around it. */
class BadgeVerifierTest {

    private static final Instant NOW = Instant.parse("2018-05-26T02:00:00Z");

    private static BadgeVerifier verifier(String jwksLocation) {
        BadgeVerifier verifier = new BadgeVerifier();
        verifier.jwksLocation = jwksLocation;
        verifier.issuer = "expo-suite-registration";
        verifier.maxAge = Duration.ofMinutes(15);
        verifier.minRefreshInterval = Duration.ofSeconds(30);
        verifier.clockSkew = Duration.ofSeconds(60);
        verifier.timeout = Duration.ofSeconds(1);
        verifier.clock = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
        return verifier;
    }

    private static String badge(ECKey key, String issuer, Instant expires) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("0b6f4c1e-93a4-4b8e-9a55-0d3c2f1e7a10")
                .claim("cat", "PRO").claim("days", List.of("2018-05-26", "2018-05-27"))
                .issueTime(Date.from(NOW.minusSeconds(3600))).expirationTime(Date.from(expires)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    @Test
    void aBadgeSignedWithAPublishedKeyGivesItsRegistrationCategoryAndDays(@TempDir Path directory) throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
        Path jwks = Files.writeString(directory.resolve("keys.json"), new JWKSet(key).toPublicJWKSet().toString());

        Badge badge = verifier(jwks.toString()).verify(badge(key, "expo-suite-registration", NOW.plusSeconds(86400)));

        assertThat(badge.registrationId()).isEqualTo("0b6f4c1e-93a4-4b8e-9a55-0d3c2f1e7a10");
        assertThat(badge.category()).isEqualTo("PRO");
        assertThat(badge.days()).containsExactly(LocalDate.of(2018, 5, 26), LocalDate.of(2018, 5, 27));
    }

    @Test
    void aBadgeOfAnotherIssuerIsRefused(@TempDir Path directory) throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
        Path jwks = Files.writeString(directory.resolve("keys.json"), new JWKSet(key).toPublicJWKSet().toString());

        assertThatThrownBy(() -> verifier(jwks.toString()).verify(badge(key, "someone-else", NOW.plusSeconds(86400))))
                .isInstanceOf(BadgeInvalidException.class)
                .satisfies(e -> assertThat(((BadgeInvalidException) e).getParameters()).containsEntry("reason", "issuer"));
    }

    @Test
    void unreachableKeysAnswerUnavailableAtTheFirstScanNotAtStartup() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        BadgeVerifier verifier = verifier("http://127.0.0.1:" + closedPort + "/api/registrations/keys");
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();

        assertThatThrownBy(() -> verifier.verify(badge(key, "expo-suite-registration", NOW.plusSeconds(86400))))
                .isInstanceOf(BadgeKeysUnavailableException.class);
    }
}
