package org.exposuite.registration.security;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.exposuite.registration.service.ExpoConfig;

/**
 * The badge signing keys, read once from the configured JWKS file of private EC P-256 keys. The active key signs new
 * badges; every key's public half is published, so badges signed before a rotation keep verifying.
 */
@Singleton
public class BadgeKeys {

    private final ECKey activeKey;
    private final Map<String, ECKey> publicKeys;
    private final String publishedKeySet;

    @Inject
    public BadgeKeys(ExpoConfig expo) {
        JWKSet keySet = load(expo.badge().signingKeys());
        Map<String, ECKey> keys = new LinkedHashMap<>();
        for (JWK key : keySet.getKeys()) {
            if (!(key instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve()) || key.getKeyID() == null || !key.isPrivate()) {
                throw new IllegalStateException("Badge signing keys must be private EC P-256 keys with a key id (kid)");
            }
            if (keys.put(key.getKeyID(), ec) != null) {
                throw new IllegalStateException("Badge signing key id '" + key.getKeyID() + "' appears twice");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("The badge signing key set holds no key");
        }
        String activeKid = expo.badge().activeKid().orElse(keys.keySet().iterator().next());
        activeKey = Optional.ofNullable(keys.get(activeKid))
                .orElseThrow(() -> new IllegalStateException("The active badge key '" + activeKid + "' is not in the signing key set"));
        Map<String, ECKey> publics = new LinkedHashMap<>();
        keys.forEach((kid, key) -> publics.put(kid, key.toPublicJWK()));
        publicKeys = Map.copyOf(publics);
        publishedKeySet = new JWKSet(publics.values().stream().map(k -> (JWK) k).toList()).toString(true);
    }

    private static JWKSet load(String location) {
        try {
            return JWKSet.parse(Files.readString(Path.of(location)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the badge signing keys at " + location, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The badge signing keys at " + location + " are not a JWK set", e);
        }
    }

    public ECKey activeKey() {
        return activeKey;
    }

    public Optional<ECKey> publicKey(String kid) {
        return Optional.ofNullable(kid == null ? null : publicKeys.get(kid));
    }

    /** The public keys as a JWK set document, as verifiers fetch it. */
    public String publishedKeySet() {
        return publishedKeySet;
    }
}
