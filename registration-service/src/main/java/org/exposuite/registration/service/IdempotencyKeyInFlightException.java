package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** The first request with this Idempotency-Key is still being processed. */
public class IdempotencyKeyInFlightException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/idempotency-key-in-flight");

    public IdempotencyKeyInFlightException() {
        super(builder()
                .withType(TYPE)
                .withTitle("Request still in progress")
                .withStatus(409)
                .withDetail("A request with this Idempotency-Key is still being processed; retry shortly."));
    }
}
