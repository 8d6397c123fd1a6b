package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** Invitation-only categories have no waiting list. */
public class WaitlistNotOfferedException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/waitlist-not-offered");

    public WaitlistNotOfferedException(String code) {
        super(builder()
                .withType(TYPE)
                .withTitle("No waiting list")
                .withStatus(409)
                .withDetail("Category '" + code + "' is open by invitation only and has no waiting list."));
    }
}
