package org.exposuite.platform.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of every self-service secret of the suite: two lower-case letters naming its kind, an underscore and
 * 256 random bits in base64url, e.g. {@code rs_…} for an attendee. A JWT never looks like this (it starts with
 * {@code eyJ}), so the secret is told apart from a token by its first three characters alone.
 */
public final class SelfServiceSecret {

    /** The credential type under which a self-service identity carries the secret it was opened with. */
    public static final String CREDENTIAL_TYPE = "self-service-secret";

    private static final Pattern PREFIX = Pattern.compile("[a-z]{2}");
    private static final Pattern KIND = Pattern.compile("[a-z]{2}_.*", Pattern.DOTALL);
    private static final Pattern SECRET = Pattern.compile("[a-z]{2}_[A-Za-z0-9_-]{43}");
    private static final String BEARER = "Bearer ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SelfServiceSecret() {
    }

    /** A new secret of the given kind; 256 random bits are long enough that a single SHA-256 is a safe way to store it. */
    public static String generate(String prefix) {
        requireValidPrefix(prefix);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hash under which a secret is stored and looked up: SHA-256, lower-case hex. */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The credential of an {@code Authorization: Bearer} header when it claims to be a self-service secret (it starts
     * with a kind and an underscore), whether or not it is well formed; empty for anything else, a JWT above all.
     */
    public static Optional<String> fromAuthorization(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String credential = authorization.substring(BEARER.length()).trim();
        return KIND.matcher(credential).matches() ? Optional.of(credential) : Optional.empty();
    }

    /** Whether the secret has the full shape: kind, underscore, 43 base64url characters. */
    public static boolean isWellFormed(String secret) {
        return secret != null && SECRET.matcher(secret).matches();
    }

    /** The kind of a well-formed secret, e.g. {@code rs}. */
    public static String prefixOf(String secret) {
        return secret.substring(0, 2);
    }

    static void requireValidPrefix(String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("A self-service secret's prefix is two lower-case letters, not '" + prefix + "'");
        }
    }
}
