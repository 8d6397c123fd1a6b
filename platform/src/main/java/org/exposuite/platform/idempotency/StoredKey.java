package org.exposuite.platform.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An Idempotency-Key as the database knows it: a hash, scoped to its operation and caller. Stored answers may hold
 * secrets, so they are sealed with a key derived from the client's key, which the database never holds.
 */
final class StoredKey {

    private static final Pattern KEY_FORMAT = Pattern.compile("[\\x20-\\x7E]{1,255}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** Hex SHA-256 of the scoped key: the row's primary key. */
    final String hash;
    /** The advisory lock that marks this key in flight: 64 bits of the same hash. */
    final long lock;
    private final SecretKeySpec sealing;

    private StoredKey(byte[] digest, byte[] sealingKey) {
        this.hash = HexFormat.of().formatHex(digest);
        this.lock = ByteBuffer.wrap(digest).getLong();
        this.sealing = new SecretKeySpec(sealingKey, "AES");
    }

    static StoredKey of(IdempotentOperation<?> operation, String key) {
        if (key == null || key.isBlank() || !KEY_FORMAT.matcher(key).matches()) {
            throw IdempotencyProblem.invalid();
        }
        String scoped = scoped(operation, key);
        return new StoredKey(sha256("idempotency-key\n" + scoped), sha256("idempotent-answer\n" + scoped));
    }

    /** Each part with its length first, so no operation, caller and key run into another's. */
    private static String scoped(IdempotentOperation<?> operation, String key) {
        StringBuilder scoped = new StringBuilder();
        for (String part : new String[] {operation.name(), operation.caller(), key}) {
            scoped.append(part.length()).append(':').append(part).append('\n');
        }
        return scoped.toString();
    }

    byte[] seal(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealing, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    byte[] open(byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealing, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored answer could not be opened with its own key", e);
        }
    }

    static byte[] sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
