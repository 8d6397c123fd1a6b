package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** No badge for a registration that is not confirmed (pending approval, cancelled or rejected). */
public class BadgeNotIssuedException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/badge-not-issued");

    public BadgeNotIssuedException(String detail) {
        super(builder()
                .withType(TYPE)
                .withTitle("No badge")
                .withStatus(409)
                .withDetail(detail));
    }
}
