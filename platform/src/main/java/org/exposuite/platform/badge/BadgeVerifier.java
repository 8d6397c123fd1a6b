package org.exposuite.platform.badge;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import org.exposuite.platform.badge.BadgeInvalidException.Reason;

/**
 * Checks badge tokens offline: compact JWS signed by registration-service with ES256 on an EC P-256 key it publishes
 * (JWKS), carrying iss, sub (the registration id), cat (the category), days, iat and exp. The keys come from
 * {@link BadgeKeys}, which fetches them in the background, so a scan never waits on the registration.
 */
@ApplicationScoped
public class BadgeVerifier {

    /** Far above any badge the registration issues (a few hundred characters); nothing longer is parsed. */
    static final int MAX_TOKEN_LENGTH = 4096;
    private static final int MAX_CLAIM_LENGTH = 64;

    private final BadgeVerificationConfig config;
    private final Clock clock;
    private final BadgeKeys keys;

    @Inject
    BadgeVerifier(BadgeVerificationConfig config, Clock clock) {
        this(config, clock, config.jwksLocation().map(location -> BadgeKeys.fetchedFrom(location, config)).orElse(null));
    }

    BadgeVerifier(BadgeVerificationConfig config, Clock clock, BadgeKeys keys) {
        this.config = config;
        this.clock = clock;
        this.keys = keys;
    }

    // The first fetch starts with the service but does not hold up its start, so it starts while the registration is down.
    void fetchKeysFromTheStart(@Observes StartupEvent started) {
        if (keys != null) {
            keys.start();
        }
    }

    @PreDestroy
    void stopFetchingKeys() {
        if (keys != null) {
            keys.close();
        }
    }

    /**
     * The badge a scanned token stands for.
     *
     * @throws BadgeInvalidException (422) when the token is not a valid badge; its {@code reason} says why
     * @throws BadgeKeysUnavailableException (503) when no badge key could be fetched yet
     */
    public Badge verify(String token) {
        SignedJWT jwt = parse(token);
        ECKey key = signingKey(jwt.getHeader());
        try {
            refuseIf(!jwt.verify(new ECDSAVerifier(key)), Reason.SIGNATURE, "The badge signature is not valid.");
        } catch (JOSEException e) {
            throw new BadgeInvalidException(Reason.SIGNATURE, "The badge signature cannot be checked.");
        }
        return badgeOf(jwt);
    }

    /**
     * The badge an attendee presents as credential; a refusal answers 401 with a {@code WWW-Authenticate: Badge}
     * challenge instead of 422.
     */
    public Badge verifyCredential(String token) {
        try {
            return verify(token);
        } catch (BadgeInvalidException refused) {
            throw refused.asCredential();
        }
    }

    private static SignedJWT parse(String token) {
        refuseIf(token == null || token.isBlank(), Reason.MALFORMED, "No readable badge was presented.");
        refuseIf(token.length() > MAX_TOKEN_LENGTH, Reason.MALFORMED, "The badge is longer than any badge the expo issues.");
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token.strip());
        } catch (ParseException e) {
            throw new BadgeInvalidException(Reason.MALFORMED, "The badge is not a signed token.");
        }
        refuseIf(!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm()),
                Reason.ALGORITHM, "The badge is not signed with ES256.");
        return jwt;
    }

    private ECKey signingKey(JWSHeader header) {
        refuseIf(header.getKeyID() == null, Reason.UNKNOWN_KEY, "The badge names no signing key.");
        if (keys == null) {
            throw new BadgeKeysUnavailableException();
        }
        ECKey key = keys.find(header.getKeyID());
        refuseIf(key == null || !Curve.P_256.equals(key.getCurve()),
                Reason.UNKNOWN_KEY, "The badge was signed with a key the expo does not know.");
        return key;
    }

    private Badge badgeOf(SignedJWT jwt) {
        try {
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            refuseIf(!config.issuer().equals(claims.getIssuer()),
                    Reason.ISSUER, "The badge was not issued by the expo's registration.");
            Instant now = clock.instant();
            Date expires = claims.getExpirationTime();
            refuseIf(expires == null || expires.toInstant().plus(config.clockSkew()).isBefore(now),
                    Reason.EXPIRED, "The badge has expired.");
            Date notBefore = claims.getNotBeforeTime();
            refuseIf(notBefore != null && notBefore.toInstant().minus(config.clockSkew()).isAfter(now),
                    Reason.NOT_YET_VALID, "The badge is not valid yet.");
            String registrationId = claims.getSubject();
            refuseIf(registrationId == null || registrationId.isBlank() || registrationId.length() > MAX_CLAIM_LENGTH,
                    Reason.CLAIMS, "The badge names no registration.");
            String category = claims.getStringClaim("cat");
            refuseIf(category != null && category.length() > MAX_CLAIM_LENGTH,
                    Reason.CLAIMS, "The badge names an unreadable category.");
            List<String> days = claims.getStringListClaim("days");
            refuseIf(days != null && days.contains(null), Reason.CLAIMS, "The badge names an unreadable day.");
            return new Badge(registrationId, category, days == null ? List.of() : days.stream().map(LocalDate::parse).toList());
        } catch (ParseException | DateTimeParseException e) {
            throw new BadgeInvalidException(Reason.CLAIMS, "The badge claims are malformed.");
        }
    }

    private static void refuseIf(boolean refused, Reason reason, String detail) {
        if (refused) {
            throw new BadgeInvalidException(reason, detail);
        }
    }
}
