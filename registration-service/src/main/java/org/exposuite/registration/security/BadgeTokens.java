package org.exposuite.registration.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Badge tokens: compact JWS (ES256) carrying only what a gate needs offline, so the QR code stays small:
 * iss, sub (registration id), cat (category code), days, iat, exp.
 */
@ApplicationScoped
public class BadgeTokens {

    public static final String ISSUER = "expo-suite-registration";
    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    @Inject
    BadgeKeys keys;

    /** Why a token is not a valid badge. */
    public enum Failure {
        /** Not a badge token at all. */
        UNKNOWN_BADGE,
        /** Looks like a badge but was altered, signed by a key we never published, or by another issuer. */
        BAD_SIGNATURE,
        EXPIRED
    }

    /** The outcome of checking a token: whose registration the badge is, or the reason it is not a valid badge. */
    public record Verification(UUID registrationId, Failure failure) {
        public boolean valid() {
            return registrationId != null;
        }
    }

    public String sign(UUID registrationId, String category, Collection<LocalDate> days, Instant issuedAt, Instant expiresAt) {
        ECKey key = keys.activeKey();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(registrationId.toString())
                .claim("cat", category)
                .claim("days", days.stream().sorted().map(LocalDate::toString).toList())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .build();
        SignedJWT token = new SignedJWT(header, claims);
        try {
            token.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing a badge failed", e);
        }
        return token.serialize();
    }

    /** Checks signature, issuer and expiry against the published keys alone, as any offline scanner would. */
    public Verification verify(String token, Instant at) {
        if (token == null || token.length() > 2048 || !COMPACT_JWS.matcher(token).matches()) {
            return new Verification(null, Failure.UNKNOWN_BADGE);
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
                return new Verification(null, Failure.BAD_SIGNATURE);
            }
            Optional<ECKey> key = keys.publicKey(jwt.getHeader().getKeyID());
            if (key.isEmpty() || !jwt.verify(new ECDSAVerifier(key.get()))) {
                return new Verification(null, Failure.BAD_SIGNATURE);
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!ISSUER.equals(claims.getIssuer()) || claims.getSubject() == null || claims.getExpirationTime() == null) {
                return new Verification(null, Failure.BAD_SIGNATURE);
            }
            if (!at.isBefore(claims.getExpirationTime().toInstant())) {
                return new Verification(null, Failure.EXPIRED);
            }
            // The gate judges the registration as it stands now, so the signed category and days need no reading here.
            return new Verification(UUID.fromString(claims.getSubject()), null);
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            // Anything shaped like a badge that does not parse was altered.
            return new Verification(null, Failure.BAD_SIGNATURE);
        }
    }
}
