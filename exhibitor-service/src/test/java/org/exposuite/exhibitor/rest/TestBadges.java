package org.exposuite.exhibitor.rest;

import com.nimbusds.jose.jwk.ECKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.exposuite.testfixtures.SignedBadges;

/** Visitors' badges as exhibitors scan them, signed with the key registration-service publishes in these tests. */
final class TestBadges {

    static final ECKey CURRENT = SignedBadges.newKey("badge-test-current");

    private TestBadges() {
    }

    /** A valid badge of a visitor with a day pass, signed with the published key. */
    static String badge(String registrationId) {
        return sign(CURRENT, registrationId, "VISITOR", Instant.now().plus(Duration.ofDays(3)));
    }

    /** A badge of the first two expo days, issued five days before it expires. */
    static String sign(ECKey key, String registrationId, String category, Instant expires) {
        return SignedBadges.sign(key, SignedBadges.claims(registrationId, category, List.of("2018-05-26", "2018-05-27"),
                expires.minus(Duration.ofDays(5)), expires).build());
    }
}
