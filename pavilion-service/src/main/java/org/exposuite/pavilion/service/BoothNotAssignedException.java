package org.exposuite.pavilion.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** A move starts from a booth the exhibitor stands on. */
public class BoothNotAssignedException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/booth-not-assigned");

    public BoothNotAssignedException(String code, String exhibitorId) {
        super(builder()
                .withType(TYPE)
                .withTitle("Booth not assigned to this exhibitor")
                .withStatus(409)
                .withDetail("Booth '" + code + "' is not assigned to exhibitor '" + exhibitorId + "'."));
    }
}
