package org.exposuite.exhibitor.security;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** The registration's public badge keys could not be fetched, so no badge can be checked right now. */
public class BadgeKeysUnavailableException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/badge-keys-unavailable");

    public BadgeKeysUnavailableException() {
        super(builder()
                .withType(TYPE)
                .withTitle("Badge keys unavailable")
                .withStatus(503)
                .withHeader("Retry-After", "30")
                .withDetail("The public keys that check badges cannot be fetched right now; try again shortly."));
    }
}
