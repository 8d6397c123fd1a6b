package org.exposuite.platform.badge;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.exposuite.platform.badge.TestBadges.CLOCK;
import static org.exposuite.platform.badge.TestBadges.NOW;
import static org.exposuite.platform.badge.TestBadges.badge;
import static org.exposuite.platform.badge.TestBadges.claims;
import static org.exposuite.testfixtures.SignedBadges.newKey;
import static org.exposuite.testfixtures.SignedBadges.sign;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.impl.ECDSA;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.exposuite.platform.badge.BadgeInvalidException.Reason;
import org.exposuite.platform.badge.TestBadges.Settings;
import org.exposuite.testfixtures.SignedBadges;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verifier on its own, with its keys served over HTTP by a stand-in for registration-service. */
class BadgeVerifierTest {

    private final ECKey key = newKey("badge-2018-1");
    private KeyServer registration;
    private BadgeKeys keys;

    @BeforeEach
    void publishKey() throws IOException {
        registration = new KeyServer().publish(key);
    }

    @AfterEach
    void stop() {
        if (keys != null) {
            keys.close();
        }
        registration.close();
    }

    /** A verifier whose keys were fetched once, as at the service's start. */
    private BadgeVerifier verifier(Settings settings) throws Exception {
        keys = BadgeKeys.fetchedFrom(settings.jwksLocation().orElseThrow(), settings);
        keys.refresh().get(10, TimeUnit.SECONDS);
        return new BadgeVerifier(settings, CLOCK, keys);
    }

    private BadgeVerifier verifier() throws Exception {
        return verifier(Settings.keysAt(registration.url()));
    }

    private static void refusedBecause(ThrowingCallable scan, Reason reason) {
        assertThatThrownBy(scan).isInstanceOfSatisfying(BadgeInvalidException.class, refused -> {
            assertThat(refused.reason()).isEqualTo(reason);
            assertThat(refused.getStatusCode()).isEqualTo(422);
            assertThat(refused.getType()).hasToString("https://problems.expo-suite.org/badge-invalid");
            assertThat(refused.getParameters()).containsEntry("reason", reason.code());
        });
    }

    @Test
    void aBadgeSignedWithAPublishedKeyGivesItsRegistrationCategoryAndDays() throws Exception {
        Badge badge = verifier().verify(badge(key));

        assertThat(badge.registrationId()).isEqualTo(TestBadges.REGISTRATION);
        assertThat(badge.category()).isEqualTo("PRO");
        assertThat(badge.days()).containsExactly(LocalDate.of(2018, 5, 26), LocalDate.of(2018, 5, 27));
        assertThat(badge.admitsOn(LocalDate.of(2018, 5, 27))).isTrue();
        assertThat(badge.admitsOn(LocalDate.of(2018, 5, 28))).isFalse();
    }

    @Test
    void keysCanBeReadFromAFile(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("keys.json"),
                new com.nimbusds.jose.jwk.JWKSet(key).toPublicJWKSet().toString());

        assertThat(verifier(Settings.keysAt(file.toString())).verify(badge(key)).registrationId())
                .isEqualTo(TestBadges.REGISTRATION);
    }

    @Test
    void aBadgeSignedWithAnotherAlgorithmThanES256IsRefused() throws Exception {
        BadgeVerifier verifier = verifier();
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(), claims().build());
        hmac.sign(new MACSigner(new byte[32]));
        ECKey p384 = newKey(Curve.P_384, "badge-2018-384");
        registration.publish(key, p384);
        SignedJWT es384 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(p384.getKeyID()).build(), claims().build());
        es384.sign(new ECDSASigner(p384));

        refusedBecause(() -> verifier.verify(hmac.serialize()), Reason.ALGORITHM);
        refusedBecause(() -> verifier.verify(es384.serialize()), Reason.ALGORITHM);
    }

    @Test
    void aBadgeWhoseKeyIsNotOnCurveP256IsRefused() throws Exception {
        ECKey p384 = newKey(Curve.P_384, "badge-2018-384");
        registration.publish(key, p384);
        // ES256 in the header, SHA-256 signed with the P-384 key: only the curve check tells it apart
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(p384.getKeyID()).type(JOSEObjectType.JWT).build();
        String signingInput = header.toBase64URL() + "." + Base64URL.encode(claims().build().toString());
        Signature ecdsa = Signature.getInstance("SHA256withECDSA");
        ecdsa.initSign(p384.toECPrivateKey());
        ecdsa.update(signingInput.getBytes(US_ASCII));
        String token = signingInput + "." + Base64URL.encode(ECDSA.transcodeSignatureToConcat(ecdsa.sign(), 96));

        refusedBecause(() -> verifier().verify(token), Reason.UNKNOWN_KEY);
    }

    @Test
    void anOversizedTokenIsRefusedUnread() throws Exception {
        BadgeVerifier verifier = verifier();
        int fetches = registration.requests();
        String valid = badge(key);
        String oversized = valid + "A".repeat(BadgeVerifier.MAX_TOKEN_LENGTH - valid.length() + 1);

        refusedBecause(() -> verifier.verify(oversized), Reason.MALFORMED);
        refusedBecause(() -> verifier.verify("not-a-badge"), Reason.MALFORMED);
        refusedBecause(() -> verifier.verify(" "), Reason.MALFORMED);
        assertThat(registration.requests()).isEqualTo(fetches);
    }

    @Test
    void anExpiredBadgeIsRefusedBeyondTheClockSkew() throws Exception {
        BadgeVerifier verifier = verifier();
        String expiredAnHourAgo = sign(key, claims().expirationTime(Date.from(NOW.minusSeconds(3600))).build());
        String expiredJustNow = sign(key, claims().expirationTime(Date.from(NOW.minusSeconds(30))).build());

        refusedBecause(() -> verifier.verify(expiredAnHourAgo), Reason.EXPIRED);
        assertThat(verifier.verify(expiredJustNow).registrationId()).isEqualTo(TestBadges.REGISTRATION);
    }

    @Test
    void aBadgeNotValidYetIsRefused() throws Exception {
        String tomorrow = sign(key, claims().notBeforeTime(Date.from(NOW.plusSeconds(86400))).build());

        refusedBecause(() -> verifier().verify(tomorrow), Reason.NOT_YET_VALID);
    }

    @Test
    void aBadgeOfAnotherIssuerIsRefused() throws Exception {
        refusedBecause(() -> verifier().verify(sign(key, claims().issuer("someone-else").build())), Reason.ISSUER);
    }

    @Test
    void aBadgeWithoutRegistrationOrWithUnreadableDaysIsRefused() throws Exception {
        BadgeVerifier verifier = verifier();
        JWTClaimsSet noSubject = new JWTClaimsSet.Builder(claims().build()).subject(null).build();

        refusedBecause(() -> verifier.verify(sign(key, noSubject)), Reason.CLAIMS);
        refusedBecause(() -> verifier.verify(sign(key, claims().claim("days", java.util.List.of("26 May")).build())), Reason.CLAIMS);
    }

    @Test
    void aBadgeAlteredAfterSigningIsRefused() throws Exception {
        String[] parts = badge(key).split("\\.");
        String otherRegistration = Base64URL.encode(claims().subject("someone-else").build().toString()).toString();

        refusedBecause(() -> verifier().verify(parts[0] + "." + otherRegistration + "." + parts[2]), Reason.SIGNATURE);
    }

    @Test
    void aRefusedCredentialAnswers401WithABadgeChallenge() throws Exception {
        assertThatThrownBy(() -> verifier().verifyCredential("not-a-badge"))
                .isInstanceOfSatisfying(BadgeInvalidException.class, refused -> {
                    assertThat(refused.getStatusCode()).isEqualTo(401);
                    assertThat(refused.getHeaders()).containsEntry("WWW-Authenticate", "Badge");
                    assertThat(refused.getParameters()).containsEntry("reason", "malformed");
                });
    }

    @Test
    void unknownKeyIdsFetchTheKeysAtMostOncePerInterval() throws Exception {
        BadgeVerifier verifier = verifier(Settings.keysAt(registration.url()).unknownKeysFetchingEvery(Duration.ofHours(1)));
        int fetches = registration.requests();

        verifier.verify(badge(key));
        assertThat(registration.requests()).as("a known key needs no fetch").isEqualTo(fetches);
        for (int i = 0; i < 5; i++) {
            String forged = badge(newKey("forged-" + i));
            refusedBecause(() -> verifier.verify(forged), Reason.UNKNOWN_KEY);
        }
        assertThat(registration.requests()).as("five unknown key ids, one fetch").isEqualTo(fetches + 1);
    }

    @Test
    void withoutARateLimitEveryUnknownKeyIdWouldFetch() throws Exception {
        BadgeVerifier verifier = verifier(Settings.keysAt(registration.url()).unknownKeysFetchingEvery(Duration.ZERO));
        int fetches = registration.requests();

        for (int i = 0; i < 5; i++) {
            String forged = badge(newKey("forged-" + i));
            refusedBecause(() -> verifier.verify(forged), Reason.UNKNOWN_KEY);
        }
        assertThat(registration.requests()).isEqualTo(fetches + 5);
    }

    @Test
    void aBadgeSignedWithANewlyPublishedKeyVerifiesAfterOneFetch() throws Exception {
        BadgeVerifier verifier = verifier();
        ECKey rotated = newKey("badge-2018-2");
        registration.publish(key, rotated);
        int fetches = registration.requests();

        assertThat(verifier.verify(badge(rotated)).registrationId()).isEqualTo(TestBadges.REGISTRATION);
        assertThat(verifier.verify(badge(rotated)).registrationId()).isEqualTo(TestBadges.REGISTRATION);
        assertThat(registration.requests()).isEqualTo(fetches + 1);
    }

    @Test
    void unreachableKeysAnswerUnavailableAtTheFirstScanNotAtStartup() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Settings settings = Settings.keysAt("http://127.0.0.1:" + closedPort + KeyServer.KEYS_PATH);
        keys = BadgeKeys.fetchedFrom(settings.jwksLocation().orElseThrow(), settings);
        keys.start();
        BadgeVerifier verifier = new BadgeVerifier(settings, CLOCK, keys);

        assertThatThrownBy(() -> verifier.verify(badge(key)))
                .isInstanceOfSatisfying(BadgeKeysUnavailableException.class, unavailable -> {
                    assertThat(unavailable.getStatusCode()).isEqualTo(503);
                    assertThat(unavailable.getHeaders()).containsEntry("Retry-After", "30");
                });
    }

    @Test
    void aServiceWithoutAKeyLocationChecksNoBadge() {
        Settings nowhere = new Settings(java.util.Optional.empty(), SignedBadges.ISSUER, Duration.ofMinutes(5),
                Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(60));

        assertThatThrownBy(() -> new BadgeVerifier(nowhere, CLOCK).verify(badge(key)))
                .isInstanceOf(BadgeKeysUnavailableException.class);
    }
}
