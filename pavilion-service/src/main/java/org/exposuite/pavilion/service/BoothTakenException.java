package org.exposuite.pavilion.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** A booth never has two exhibitors: it is held by or assigned to someone else. */
public class BoothTakenException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/booth-taken");

    public BoothTakenException(String code) {
        super(builder()
                .withType(TYPE)
                .withTitle("Booth taken")
                .withStatus(409)
                .withDetail("Booth '" + code + "' is held by or assigned to another exhibitor."));
    }
}
