package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** A scan time later than the service's clock allows: the scanner's clock is wrong. */
public class ScanTimeInFutureException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/scan-time-in-future");

    public ScanTimeInFutureException(String nonce) {
        super(builder()
                .withType(TYPE)
                .withTitle("Scan time in the future")
                .withStatus(422)
                .withDetail("The scan " + nonce + " is dated in the future; check the scanner's clock."));
    }
}
