package org.exposuite.exhibitor.client;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** The exhibitor holds as many staff badges as its booth allows. */
public class StaffAllowanceExhaustedException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/staff-allowance-exhausted");

    public StaffAllowanceExhaustedException(Integer allowance) {
        super(allowance == null ? common() : common().with("allowance", allowance));
    }

    private static Builder common() {
        return builder()
                .withType(TYPE)
                .withTitle("Staff allowance exhausted")
                .withStatus(409)
                .withDetail("Your booth allows no more staff badges; remove a staff member first.");
    }
}
