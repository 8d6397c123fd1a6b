package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** The Idempotency-Key was already used with another request body. */
public class IdempotencyKeyReusedException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/idempotency-key-reused");

    public IdempotencyKeyReusedException() {
        super(builder()
                .withType(TYPE)
                .withTitle("Idempotency key reused")
                .withStatus(422)
                .withDetail("This Idempotency-Key was used with a different request; use a new key for a new request."));
    }
}
