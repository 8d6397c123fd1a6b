package org.exposuite.exhibitor.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** The Idempotency-Key was first used with another request body. */
public class IdempotencyKeyReusedException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/idempotency-key-reused");

    public IdempotencyKeyReusedException() {
        super(builder()
                .withType(TYPE)
                .withTitle("Idempotency-Key reused with another request")
                .withStatus(422)
                .withDetail("This Idempotency-Key was used for a different request body; use a new key for a new request."));
    }
}
