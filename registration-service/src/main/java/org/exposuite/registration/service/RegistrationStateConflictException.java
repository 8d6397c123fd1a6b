package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import org.exposuite.registration.domain.RegistrationStatus;

/** The registration's status does not allow the action. */
public class RegistrationStateConflictException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/registration-state-conflict");

    public RegistrationStateConflictException(String action, RegistrationStatus status) {
        super(builder()
                .withType(TYPE)
                .withTitle("Not possible in this status")
                .withStatus(409)
                .withDetail("Cannot " + action + " a registration that is " + status + ".")
                .with("registrationStatus", status.name()));
    }
}
