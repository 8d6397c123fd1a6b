package org.exposuite.exhibitor.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import org.exposuite.exhibitor.domain.Exhibitor;

/** The application cannot move from its current state to the requested one. */
public class InvalidTransitionException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/invalid-transition");

    public InvalidTransitionException(Exhibitor.State current, Exhibitor.State requested) {
        super(builder()
                .withType(TYPE)
                .withTitle("Transition not allowed")
                .withStatus(409)
                .withDetail("An application in state " + current + " cannot become " + requested + ".")
                .with("currentState", current.name())
                .with("requestedState", requested.name()));
    }
}
