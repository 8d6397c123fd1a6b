package org.exposuite.pavilion.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** The booth code names no booth of this expo. */
public class BoothNotFoundException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/booth-not-found");

    public BoothNotFoundException(String code) {
        super(builder()
                .withType(TYPE)
                .withTitle("Booth not found")
                .withStatus(404)
                .withDetail("There is no booth with code '" + code + "'."));
    }
}
