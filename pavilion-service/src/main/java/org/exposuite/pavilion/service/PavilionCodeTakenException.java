package org.exposuite.pavilion.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** Pavilion codes are unique across the expo. */
public class PavilionCodeTakenException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/pavilion-code-taken");

    public PavilionCodeTakenException(String code) {
        super(builder()
                .withType(TYPE)
                .withTitle("Pavilion code already in use")
                .withStatus(409)
                .withDetail("A pavilion with code '" + code + "' already exists."));
    }
}
