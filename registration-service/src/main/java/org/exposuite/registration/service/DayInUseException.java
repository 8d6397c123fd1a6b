package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import java.time.LocalDate;

/** A day with places taken cannot be removed from a category. */
public class DayInUseException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/day-in-use");

    public DayInUseException(LocalDate day) {
        super(builder()
                .withType(TYPE)
                .withTitle("Day in use")
                .withStatus(409)
                .withDetail("Places are taken on " + day + "; lower its capacity instead of removing it.")
                .with("day", day.toString()));
    }
}
