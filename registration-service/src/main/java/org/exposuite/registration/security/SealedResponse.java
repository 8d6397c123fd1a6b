package org.exposuite.registration.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a stored answer with a key derived from the client's Idempotency-Key, which the database never holds:
 * a copy of the database alone does not reveal the self-service secrets inside replayable answers.
 */
public final class SealedResponse {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;

    private SealedResponse() {
    }

    /** Where the key is stored: a hash that cannot be turned back into the encryption key. */
    public static String keyHash(String idempotencyKey) {
        return RegistrationSecrets.sha256Hex("lookup:" + idempotencyKey);
    }

    public static byte[] seal(String idempotencyKey, String plaintext) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, idempotencyKey, nonce);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    public static String open(String idempotencyKey, byte[] sealed) {
        try {
            byte[] nonce = Arrays.copyOfRange(sealed, 0, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, idempotencyKey, nonce);
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored answer could not be opened with its own key", e);
        }
    }

    private static Cipher cipher(int mode, String idempotencyKey, byte[] nonce) throws GeneralSecurityException {
        byte[] key = RegistrationSecrets.sha256(("seal:" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        return cipher;
    }
}
