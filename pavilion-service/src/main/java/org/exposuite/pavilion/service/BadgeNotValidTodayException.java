package org.exposuite.pavilion.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** A badge admits its holder only on the days it lists. */
public class BadgeNotValidTodayException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/badge-not-valid-for-day");

    public BadgeNotValidTodayException(String day) {
        super(builder()
                .withType(TYPE)
                .withTitle("Badge not valid on this day")
                .withStatus(403)
                .withDetail("The badge does not admit its holder on " + day + "."));
    }
}
