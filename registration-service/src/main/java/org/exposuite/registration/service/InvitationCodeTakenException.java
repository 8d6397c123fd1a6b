package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** Invitation codes are unique within their category. */
public class InvitationCodeTakenException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/invitation-code-taken");

    public InvitationCodeTakenException(String code) {
        super(builder()
                .withType(TYPE)
                .withTitle("Invitation code already exists")
                .withStatus(409)
                .withDetail("The invitation code '" + code + "' already exists for this category."));
    }
}
