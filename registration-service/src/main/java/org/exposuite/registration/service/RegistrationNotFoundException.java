package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** No such registration, or not yours: both answer the same. */
public class RegistrationNotFoundException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/registration-not-found");

    public RegistrationNotFoundException() {
        super(builder()
                .withType(TYPE)
                .withTitle("Registration not found")
                .withStatus(404)
                .withDetail("No registration matches."));
    }
}
