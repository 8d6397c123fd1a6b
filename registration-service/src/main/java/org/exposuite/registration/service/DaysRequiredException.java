package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** A category that offers several days needs the attendee to choose at least one. */
public class DaysRequiredException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/days-required");

    public DaysRequiredException(String code) {
        super(builder()
                .withType(TYPE)
                .withTitle("Days required")
                .withStatus(422)
                .withDetail("Category '" + code + "' offers several days; choose at least one.")
                .with("field", "days"));
    }
}
