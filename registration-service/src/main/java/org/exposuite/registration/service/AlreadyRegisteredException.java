package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** One active registration per e-mail address; the answer says nothing about the existing one. */
public class AlreadyRegisteredException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/already-registered");

    public AlreadyRegisteredException() {
        super(builder()
                .withType(TYPE)
                .withTitle("Already registered")
                .withStatus(409)
                .withDetail("An active registration exists for this e-mail address. Manage it with the secret you received, or cancel it first."));
    }
}
