package org.exposuite.loadtest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;

/**
 * The organizer's bearer token: -DorganizerToken=… when given, otherwise minted like deploy/local/token does,
 * with the development key (development and load tests only; a real issuer's tokens come from -DorganizerToken).
 */
final class DevToken {

    private static final String ISSUER = "expo-suite-dev";

    private DevToken() {
    }

    static String organizer() {
        String given = LoadSettings.string("organizerToken", null);
        if (given != null) {
            return given;
        }
        Path key = Path.of(LoadSettings.string("devKey",
                LoadSettings.suiteRoot().resolve("deploy/local/dev-keys/dev-jwt-private.pem").toString()));
        if (!Files.isReadable(key)) {
            throw new IllegalStateException("no organizer token: pass -DorganizerToken=$(deploy/local/token organizer), or -DsuiteRoot/-DdevKey so "
                    + key + " is found");
        }
        try {
            return sign(key, "organizer", "loadtest-organizer@expo-suite.local", 3600);
        } catch (Exception e) {
            throw new IllegalStateException("could not sign a development token with " + key + ": " + e.getMessage(), e);
        }
    }

    private static String sign(Path pem, String role, String subject, long seconds) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        long now = System.currentTimeMillis() / 1000;
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = String.format(java.util.Locale.ROOT,
                "{\"iss\":\"%s\",\"sub\":\"%s\",\"upn\":\"%s\",\"groups\":[\"%s\"],\"iat\":%d,\"exp\":%d,\"jti\":\"%s\"}",
                ISSUER, subject, subject, role, now, now + seconds, UUID.randomUUID());
        String input = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + b64(rsa.sign());
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
