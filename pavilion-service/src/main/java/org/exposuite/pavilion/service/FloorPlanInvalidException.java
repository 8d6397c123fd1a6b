package org.exposuite.pavilion.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** A floor plan is taken whole or not at all; the answer names every wrong booth and what is wrong with it. */
public class FloorPlanInvalidException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/floor-plan-invalid");

    /** One wrong booth: its code and what is wrong. */
    public record Error(String booth, String problem) {
    }

    public FloorPlanInvalidException(String pavilionCode, List<Error> errors) {
        super(builder()
                .withType(TYPE)
                .withTitle("Floor plan invalid")
                .withStatus(422)
                .withDetail(errors.size() + " booth(s) of the floor plan for pavilion '" + pavilionCode
                        + "' are wrong; nothing was stored.")
                .with("errors", errors.stream().map(e -> Map.of("booth", e.booth(), "problem", e.problem())).toList()));
    }
}
