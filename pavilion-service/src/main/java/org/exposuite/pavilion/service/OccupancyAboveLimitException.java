package org.exposuite.pavilion.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** The safe limit never drops below the people inside. */
public class OccupancyAboveLimitException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/occupancy-above-limit");

    public OccupancyAboveLimitException(int occupancy) {
        super(builder()
                .withType(TYPE)
                .withTitle("Occupancy above the new limit")
                .withStatus(409)
                .withDetail("The pavilion now holds " + occupancy + " people; the safe limit cannot be set below that."));
    }
}
