package org.exposuite.pavilion.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** The id names no session of the programme. */
public class SessionNotFoundException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/session-not-found");

    public SessionNotFoundException(long id) {
        super(builder()
                .withType(TYPE)
                .withTitle("Session not found")
                .withStatus(404)
                .withDetail("There is no session with id " + id + "."));
    }
}
