package org.exposuite.registration.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/** The attendee's self-service secret, the code people read out, and the hashes under which secrets are stored. */
public final class RegistrationSecrets {

    /** Recognizable prefix, so a secret is never mistaken for a JWT (which starts with "ey"). */
    public static final String SECRET_PREFIX = "rs_";
    private static final Pattern SECRET_FORMAT = Pattern.compile("rs_[A-Za-z0-9_-]{43}");
    private static final Pattern WAITLIST_SECRET_FORMAT = Pattern.compile("wl_[A-Za-z0-9_-]{43}");
    // No 0/O, 1/I/L or U: codes are read out over the phone and at the desk.
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789".toCharArray();
    private static final int CODE_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RegistrationSecrets() {
    }

    /** 256 random bits, base64url: long enough that a single SHA-256 is a safe way to store it. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String newConfirmationCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < CODE_LENGTH; i++) {
            code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    public static String sha256Hex(String value) {
        return HexFormat.of().formatHex(sha256(value.getBytes(StandardCharsets.UTF_8)));
    }

    public static byte[] sha256(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The secret carried as "Authorization: Bearer rs_…", if the header holds one (a JWT or anything else does not). */
    public static Optional<String> fromAuthorization(String authorization) {
        return bearer(authorization, SECRET_FORMAT);
    }

    /** The waiting list secret carried as "Authorization: Bearer wl_…". */
    public static Optional<String> waitlistSecretFromAuthorization(String authorization) {
        return bearer(authorization, WAITLIST_SECRET_FORMAT);
    }

    private static Optional<String> bearer(String authorization, Pattern format) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = authorization.substring(7).trim();
        return format.matcher(token).matches() ? Optional.of(token) : Optional.empty();
    }
}
