package org.exposuite.pavilion.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** Opening hours are given for the days of this expo edition. */
public class NotAnExpoDayException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/not-an-expo-day");

    public NotAnExpoDayException(String day) {
        super(builder()
                .withType(TYPE)
                .withTitle("Not an expo day")
                .withStatus(422)
                .withDetail("'" + day + "' is not a day of this expo."));
    }
}
