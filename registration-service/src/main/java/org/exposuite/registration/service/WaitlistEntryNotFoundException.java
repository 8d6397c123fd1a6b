package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** No place in line for this secret; another's and a guessed one answer alike. */
public class WaitlistEntryNotFoundException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/waitlist-entry-not-found");

    public WaitlistEntryNotFoundException() {
        super(builder()
                .withType(TYPE)
                .withTitle("Waiting list entry not found")
                .withStatus(404)
                .withDetail("No place on the waiting list matches."));
    }
}
