package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** The exhibitor has used its whole staff badge allowance. */
public class StaffAllowanceExhaustedException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/staff-allowance-exhausted");

    public StaffAllowanceExhaustedException(String exhibitorId, int allowance) {
        super(builder()
                .withType(TYPE)
                .withTitle("Staff allowance used up")
                .withStatus(409)
                .withDetail("Exhibitor '" + exhibitorId + "' has used all " + allowance + " staff badges of its allowance."));
    }
}
