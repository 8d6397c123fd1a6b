package org.exposuite.pavilion.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** The pavilion code names no pavilion of this expo. */
public class PavilionNotFoundException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/pavilion-not-found");

    public PavilionNotFoundException(String code) {
        super(builder()
                .withType(TYPE)
                .withTitle("Pavilion not found")
                .withStatus(404)
                .withDetail("There is no pavilion with code '" + code + "'."));
    }
}
