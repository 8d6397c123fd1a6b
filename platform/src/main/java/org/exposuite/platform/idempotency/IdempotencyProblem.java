package org.exposuite.platform.idempotency;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.exposuite.platform.problem.ProblemType;

/** What a client hears when its Idempotency-Key cannot be honoured. */
public enum IdempotencyProblem implements ProblemType {
    KEY_INVALID("idempotency-key-invalid", "Invalid idempotency key", 400),
    KEY_IN_FLIGHT("idempotency-key-in-flight", "Request still in progress", 409),
    KEY_REUSED("idempotency-key-reused", "Idempotency key reused", 422);

    private final String slug;
    private final String title;
    private final int status;

    IdempotencyProblem(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public int status() {
        return status;
    }

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
}
