package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** Capacity may be lowered only down to the places already taken. */
public class CapacityBelowTakenException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/capacity-below-taken");

    public CapacityBelowTakenException(String what, int requested) {
        super(builder()
                .withType(TYPE)
                .withTitle("Capacity below places taken")
                .withStatus(409)
                .withDetail("The capacity of " + what + " cannot be lowered to " + requested + ": more places are already taken."));
    }
}
