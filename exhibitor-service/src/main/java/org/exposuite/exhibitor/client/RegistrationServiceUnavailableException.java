package org.exposuite.exhibitor.client;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** registration-service did not answer in time, is failing, or its circuit is open; nothing was changed here. */
public class RegistrationServiceUnavailableException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/registration-service-unavailable");
    static final int RETRY_AFTER_SECONDS = 10;

    public RegistrationServiceUnavailableException(String reason) {
        super(builder()
                .withType(TYPE)
                .withTitle("Registration service unavailable")
                .withStatus(503)
                .withDetail("The staff badge could not be changed because registration-service " + reason
                        + ". Nothing was changed; try again shortly.")
                .withHeader("Retry-After", RETRY_AFTER_SECONDS));
    }
}
