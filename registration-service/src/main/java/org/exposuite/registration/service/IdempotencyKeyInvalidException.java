package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** The Idempotency-Key header is empty, too long or holds other than visible ASCII. */
public class IdempotencyKeyInvalidException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/idempotency-key-invalid");

    public IdempotencyKeyInvalidException() {
        super(builder()
                .withType(TYPE)
                .withTitle("Invalid idempotency key")
                .withStatus(400)
                .withDetail("The Idempotency-Key header must be 1 to 255 visible ASCII characters."));
    }
}
