package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** No offer for this token; an unknown token and another's answer alike. */
public class OfferNotFoundException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/offer-not-found");

    public OfferNotFoundException() {
        super(builder()
                .withType(TYPE)
                .withTitle("Offer not found")
                .withStatus(404)
                .withDetail("No offer matches this token."));
    }
}
