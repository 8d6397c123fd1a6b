package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** One place in line per person and category. */
public class AlreadyWaitingException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/already-waiting");

    public AlreadyWaitingException() {
        super(builder()
                .withType(TYPE)
                .withTitle("Already on the waiting list")
                .withStatus(409)
                .withDetail("This e-mail address already has a place on the waiting list of this category."));
    }
}
