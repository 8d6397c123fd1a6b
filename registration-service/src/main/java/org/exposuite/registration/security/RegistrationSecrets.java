package org.exposuite.registration.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.exposuite.platform.secret.SelfServiceSecret;

/** The attendee's self-service secret, the code people read out, and the digest offer tokens are made from. */
public final class RegistrationSecrets {

    // No 0/O, 1/I/L or U: codes are read out over the phone and at the desk.
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789".toCharArray();
    private static final int CODE_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RegistrationSecrets() {
    }

    /** An attendee's secret ({@code rs_…}): 256 random bits, long enough that a single SHA-256 is a safe way to store it. */
    public static String newSecret() {
        return SelfServiceSecret.generate(AttendeeRealm.PREFIX);
    }

    /** The secret of a place on the waiting list ({@code wl_…}). */
    public static String newWaitlistSecret() {
        return SelfServiceSecret.generate(WaitingListRealm.PREFIX);
    }

    public static String newConfirmationCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < CODE_LENGTH; i++) {
            code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    public static byte[] sha256(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
