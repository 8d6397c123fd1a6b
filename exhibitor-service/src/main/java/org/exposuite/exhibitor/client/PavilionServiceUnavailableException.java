package org.exposuite.exhibitor.client;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** pavilion-service did not answer in time, is failing, or its circuit is open; nothing was changed here. */
public class PavilionServiceUnavailableException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/pavilion-service-unavailable");
    static final int RETRY_AFTER_SECONDS = 10;

    public PavilionServiceUnavailableException(String reason) {
        super(builder()
                .withType(TYPE)
                .withTitle("Pavilion service unavailable")
                .withStatus(503)
                .withDetail("The booth could not be changed because pavilion-service " + reason
                        + ". Nothing was changed; try again shortly.")
                .withHeader("Retry-After", RETRY_AFTER_SECONDS));
    }
}
