package org.exposuite.exhibitor.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** No staff member with this id among the exhibitor's own. */
public class StaffMemberNotFoundException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/staff-member-not-found");

    public StaffMemberNotFoundException() {
        super(builder()
                .withType(TYPE)
                .withTitle("Staff member not found")
                .withStatus(404)
                .withDetail("You have no staff member with this id."));
    }
}
