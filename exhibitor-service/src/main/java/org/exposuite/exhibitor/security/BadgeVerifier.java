package org.exposuite.exhibitor.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.exposuite.exhibitor.security.BadgeInvalidException.Reason;
import org.jboss.logging.Logger;

/**
 * Checks badge tokens (ES256 compact JWS from registration-service) offline against its published JWKS.
 * The key set is fetched on the first badge (so the service starts while registration-service is down), cached,
 * and fetched again when it grows old or a badge names an unknown key id.
 */
@ApplicationScoped
public class BadgeVerifier {

    private static final Logger LOG = Logger.getLogger(BadgeVerifier.class);
    private static final int MAX_JWKS_BYTES = 256 * 1024;
    private static final int MAX_TOKEN_LENGTH = 4096;

    @ConfigProperty(name = "expo.badge.jwks-location")
    String jwksLocation;

    @ConfigProperty(name = "expo.badge.issuer", defaultValue = "expo-suite-registration")
    String issuer;

    @ConfigProperty(name = "expo.badge.jwks-max-age", defaultValue = "PT15M")
    Duration maxAge;

    // Bounds how often badges with unknown key ids can make the service fetch the key set.
    @ConfigProperty(name = "expo.badge.jwks-min-refresh-interval", defaultValue = "PT30S")
    Duration minRefreshInterval;

    @ConfigProperty(name = "expo.badge.clock-skew", defaultValue = "PT60S")
    Duration clockSkew;

    @ConfigProperty(name = "expo.badge.jwks-timeout", defaultValue = "PT3S")
    Duration timeout;

    @Inject
    Clock clock;

    private record CachedKeys(JWKSet keys, long fetchedAtNanos) {
    }

    private volatile CachedKeys cached;

    public Badge verify(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            throw new BadgeInvalidException(Reason.MALFORMED, "No readable badge was presented.");
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token.trim());
        } catch (ParseException e) {
            throw new BadgeInvalidException(Reason.MALFORMED, "The badge is not a signed token.");
        }
        if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
            throw new BadgeInvalidException(Reason.ALGORITHM, "The badge is not signed with ES256.");
        }
        String keyId = jwt.getHeader().getKeyID();
        if (keyId == null) {
            throw new BadgeInvalidException(Reason.UNKNOWN_KEY, "The badge names no signing key.");
        }
        ECKey key = findKey(keyId);
        try {
            if (!jwt.verify(new ECDSAVerifier(key))) {
                throw new BadgeInvalidException(Reason.SIGNATURE, "The badge signature is not valid.");
            }
        } catch (JOSEException e) {
            throw new BadgeInvalidException(Reason.SIGNATURE, "The badge signature cannot be checked.");
        }
        return claimsOf(jwt);
    }

    private Badge claimsOf(SignedJWT jwt) {
        try {
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!issuer.equals(claims.getIssuer())) {
                throw new BadgeInvalidException(Reason.ISSUER, "The badge was not issued by the expo's registration.");
            }
            Date expires = claims.getExpirationTime();
            Instant now = clock.instant();
            if (expires == null || expires.toInstant().plus(clockSkew).isBefore(now)) {
                throw new BadgeInvalidException(Reason.EXPIRED, "The badge has expired.");
            }
            String subject = claims.getSubject();
            if (subject == null || subject.isBlank() || subject.length() > 64) {
                throw new BadgeInvalidException(Reason.CLAIMS, "The badge names no registration.");
            }
            String category = claims.getStringClaim("cat");
            if (category != null && category.length() > 64) {
                throw new BadgeInvalidException(Reason.CLAIMS, "The badge names an unreadable category.");
            }
            List<String> days = claims.getStringListClaim("days");
            List<LocalDate> admitted = days == null ? List.of() : days.stream().map(LocalDate::parse).toList();
            return new Badge(subject, category, admitted);
        } catch (ParseException | DateTimeParseException e) {
            throw new BadgeInvalidException(Reason.CLAIMS, "The badge claims are malformed.");
        }
    }

    private ECKey findKey(String keyId) {
        CachedKeys keys = cached;
        if (keys == null || age(keys).compareTo(maxAge) > 0) {
            keys = refresh(keys);
        }
        JWK key = keys.keys().getKeyByKeyId(keyId);
        if (key == null && age(keys).compareTo(minRefreshInterval) >= 0) {
            keys = refresh(keys);
            key = keys.keys().getKeyByKeyId(keyId);
        }
        if (!(key instanceof ECKey ecKey) || !Curve.P_256.equals(ecKey.getCurve())) {
            throw new BadgeInvalidException(Reason.UNKNOWN_KEY, "The badge was signed with a key the expo does not know.");
        }
        return ecKey;
    }

    private synchronized CachedKeys refresh(CachedKeys seen) {
        if (cached != seen) {
            return cached; // another thread fetched meanwhile
        }
        try {
            cached = new CachedKeys(load(), System.nanoTime());
            return cached;
        } catch (IOException | ParseException | RuntimeException e) {
            LOG.warnf("badge keys could not be fetched from %s: %s", jwksLocation, e.toString());
            if (seen != null) {
                // A stale key set still checks badges while the registration is unreachable; ask again later, not on every scan.
                cached = new CachedKeys(seen.keys(), System.nanoTime());
                return cached;
            }
            throw new BadgeKeysUnavailableException();
        }
    }

    private JWKSet load() throws IOException, ParseException {
        if (jwksLocation.startsWith("http://") || jwksLocation.startsWith("https://")) {
            int millis = (int) timeout.toMillis();
            return JWKSet.load(URI.create(jwksLocation).toURL(), millis, millis, MAX_JWKS_BYTES);
        }
        String path = jwksLocation.startsWith("file:") ? URI.create(jwksLocation).getPath() : jwksLocation;
        return JWKSet.load(new File(path));
    }

    private static Duration age(CachedKeys keys) {
        return Duration.ofNanos(System.nanoTime() - keys.fetchedAtNanos());
    }
}
