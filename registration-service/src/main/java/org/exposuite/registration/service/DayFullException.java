package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import java.time.LocalDate;

/** No place is left in the category on one of the chosen days. */
public class DayFullException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/day-full");

    public DayFullException(String code, LocalDate day) {
        super(builder()
                .withType(TYPE)
                .withTitle("Day full")
                .withStatus(409)
                .withDetail("Category '" + code + "' has no places left on " + day + ".")
                .with("day", day.toString()));
    }
}
