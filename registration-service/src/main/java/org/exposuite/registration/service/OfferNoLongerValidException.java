package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** The offer expired, was declined or was already accepted. */
public class OfferNoLongerValidException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/offer-no-longer-valid");

    public OfferNoLongerValidException(String status) {
        super(builder()
                .withType(TYPE)
                .withTitle("Offer no longer valid")
                .withStatus(410)
                .withDetail("This offer is no longer valid (" + status + ")."));
    }
}
