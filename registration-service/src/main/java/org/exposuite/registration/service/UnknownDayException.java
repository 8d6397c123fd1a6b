package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import java.time.LocalDate;

/** A day that the category does not offer, or that is not a day of the expo. */
public class UnknownDayException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/unknown-day");

    public UnknownDayException(LocalDate day) {
        super(builder()
                .withType(TYPE)
                .withTitle("Day not offered")
                .withStatus(422)
                .withDetail("The day " + day + " is not offered.")
                .with("field", "days")
                .with("day", day.toString()));
    }
}
