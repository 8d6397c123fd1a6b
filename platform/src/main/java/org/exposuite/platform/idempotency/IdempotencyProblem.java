package org.exposuite.platform.idempotency;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.exposuite.platform.problem.ProblemType;

/** What a client hears when its Idempotency-Key cannot be honoured. */
public final class IdempotencyProblem {

    public static final ProblemType KEY_INVALID = ProblemType.of("idempotency-key-invalid", "Invalid idempotency key", 400);
    public static final ProblemType KEY_IN_FLIGHT = ProblemType.of("idempotency-key-in-flight", "Request still in progress", 409);
    public static final ProblemType KEY_REUSED = ProblemType.of("idempotency-key-reused", "Idempotency key reused", 422);

    static HttpProblem invalid() {
        return KEY_INVALID.with("The Idempotency-Key header must be 1 to 255 visible ASCII characters.");
    }

    static HttpProblem inFlight() {
        return KEY_IN_FLIGHT.builder("A request with this Idempotency-Key is still being processed; retry in a moment.")
                .withHeader("Retry-After", 1)
                .build();
    }

    static HttpProblem reused() {
        return KEY_REUSED.with("This Idempotency-Key was used with a different request; use a new key for a new request.");
    }

    private IdempotencyProblem() {
    }
}
