package org.exposuite.exhibitor.client;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** registration-service refused to issue the badge for this person (for example an address it does not accept). */
public class StaffBadgeRefusedException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/staff-badge-refused");

    public StaffBadgeRefusedException(int status) {
        super(builder()
                .withType(TYPE)
                .withTitle("Staff badge refused")
                .withStatus(422)
                .withDetail("The registration refused a badge for this person (it answered " + status
                        + "); check the name and e-mail address. Nothing was registered."));
    }
}
