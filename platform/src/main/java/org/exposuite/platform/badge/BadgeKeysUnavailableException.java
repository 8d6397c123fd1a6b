package org.exposuite.platform.badge;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import org.exposuite.platform.problem.ProblemType;

/** No badge key has been fetched from the registration yet, so no badge can be checked right now. */
public class BadgeKeysUnavailableException extends HttpProblem {

    public static final URI TYPE = URI.create(ProblemType.BASE_URI + "badge-keys-unavailable");

    public BadgeKeysUnavailableException() {
        super(builder()
                .withType(TYPE)
                .withTitle("Badge keys unavailable")
                .withStatus(503)
                .withHeader("Retry-After", "30")
                .withDetail("The public keys that check badges cannot be fetched right now; try again shortly."));
    }
}
