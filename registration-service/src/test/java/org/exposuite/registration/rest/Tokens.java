package org.exposuite.registration.rest;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens signed with the development key, as the expo's identity provider would issue them. */
final class Tokens {

    private Tokens() {
    }

    static String forRole(String role) {
        return Jwt.upn(role + "@test.expo-suite.org").groups(role).expiresIn(3600).sign();
    }
}
