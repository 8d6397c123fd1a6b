package org.exposuite.pavilion.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** A retired pavilion takes no new booths, sessions or visitors. */
public class RetiredPavilionException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/pavilion-retired");

    public RetiredPavilionException(String code) {
        super(builder()
                .withType(TYPE)
                .withTitle("Pavilion retired")
                .withStatus(409)
                .withDetail("Pavilion '" + code + "' is retired."));
    }
}
