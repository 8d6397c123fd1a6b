package org.exposuite.exhibitor.security;

import org.exposuite.platform.secret.SelfServiceSecret;

/** The exhibitor's self-service secret: 256 random bits behind the prefix {@code ex_}, stored only as its SHA-256. */
public final class ExhibitorSecrets {

    private ExhibitorSecrets() {
    }

    public static String newSecret() {
        return SelfServiceSecret.generate(ExhibitorRealm.PREFIX);
    }

    public static String hash(String secret) {
        return SelfServiceSecret.hash(secret);
    }
}
