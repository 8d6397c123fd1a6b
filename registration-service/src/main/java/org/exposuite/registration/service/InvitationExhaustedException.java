package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** Every use of the invitation code has been taken. */
public class InvitationExhaustedException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/invitation-exhausted");

    public InvitationExhaustedException() {
        super(builder()
                .withType(TYPE)
                .withTitle("Invitation code used up")
                .withStatus(409)
                .withDetail("This invitation code has no uses left.")
                .with("field", "invitationCode"));
    }
}
