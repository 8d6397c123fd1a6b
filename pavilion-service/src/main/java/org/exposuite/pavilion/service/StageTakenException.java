package org.exposuite.pavilion.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** Two sessions on one stage never overlap in time. */
public class StageTakenException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/stage-taken");

    public StageTakenException(String stage) {
        super(builder()
                .withType(TYPE)
                .withTitle("Stage taken")
                .withStatus(409)
                .withDetail("Another session is on stage '" + stage + "' at that time."));
    }
}
