package org.exposuite.exhibitor.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/** The exhibitor's self-service secret: 256 random bits behind a recognizable prefix, stored only as its SHA-256. */
public final class ExhibitorSecrets {

    public static final String PREFIX = "ex_";
    private static final Pattern FORMAT = Pattern.compile("ex_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ExhibitorSecrets() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        return HexFormat.of().formatHex(sha256(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** The secret an `Authorization: Bearer ex_…` header carries; anything else (a JWT, garbage) is not one. */
    public static Optional<String> fromAuthorization(String header) {
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String credential = header.substring(7).trim();
        return FORMAT.matcher(credential).matches() ? Optional.of(credential) : Optional.empty();
    }

    static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
