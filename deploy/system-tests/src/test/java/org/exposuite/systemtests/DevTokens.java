package org.exposuite.systemtests;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Bearer tokens as the expo's identity provider issues them, signed with the development key (development only). */
final class DevTokens {

    static final String ISSUER = "expo-suite-dev";
    private static PrivateKey key;

    private DevTokens() {
    }

    static String valid(String role, Path root) {
        Instant now = Instant.now();
        return sign(role, now, now.plus(Duration.ofHours(1)), root);
    }

    static String expired(String role, Path root) {
        Instant now = Instant.now();
        return sign(role, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)), root);
    }

    private static String sign(String role, Instant issuedAt, Instant expiresAt, Path root) {
        String name = role + "@systest.expo-suite.org";
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(name)
                .claim("upn", name)
                .claim("groups", List.of(role))
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(privateKey(root)));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a development token", e);
        }
        return jwt.serialize();
    }

    private static synchronized PrivateKey privateKey(Path root) {
        if (key == null) {
            Path pem = root.resolve("deploy/local/dev-keys/dev-jwt-private.pem");
            try {
                String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the development key " + pem, e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(pem + " is not a PKCS#8 RSA private key", e);
            }
        }
        return key;
    }
}
