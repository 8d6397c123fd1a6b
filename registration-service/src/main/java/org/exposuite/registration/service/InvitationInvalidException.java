package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** An invitation-only category needs a valid invitation code; missing and unknown codes answer alike. */
public class InvitationInvalidException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/invitation-invalid");

    public InvitationInvalidException(String code) {
        super(builder()
                .withType(TYPE)
                .withTitle("Invitation code required")
                .withStatus(422)
                .withDetail("Category '" + code + "' is open by invitation only; the invitation code is missing or not valid.")
                .with("field", "invitationCode"));
    }
}
