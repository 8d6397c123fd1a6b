package org.exposuite.exhibitor.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** The staff member's badge is being issued or removed by another request right now. */
public class StaffMemberBusyException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/staff-member-busy");

    public StaffMemberBusyException(String detail) {
        super(builder()
                .withType(TYPE)
                .withTitle("Staff member busy")
                .withStatus(409)
                .withDetail(detail));
    }
}
