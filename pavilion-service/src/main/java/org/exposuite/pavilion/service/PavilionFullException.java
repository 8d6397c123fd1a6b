package org.exposuite.pavilion.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** Entry is refused at the pavilion's safe occupancy limit. */
public class PavilionFullException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/pavilion-full");

    public PavilionFullException(String code) {
        super(builder()
                .withType(TYPE)
                .withTitle("Pavilion full")
                .withStatus(409)
                .withDetail("Pavilion '" + code + "' is at its safe occupancy limit; entry is refused until someone leaves."));
    }
}
