package org.exposuite.pavilion.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** Seats are never oversold. */
public class SessionFullException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/session-full");

    public SessionFullException(long id) {
        super(builder()
                .withType(TYPE)
                .withTitle("Session full")
                .withStatus(409)
                .withDetail("Every seat of session " + id + " is reserved."));
    }
}
