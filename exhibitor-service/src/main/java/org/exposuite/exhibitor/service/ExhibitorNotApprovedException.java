package org.exposuite.exhibitor.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import org.exposuite.exhibitor.domain.Exhibitor;

/** Staff badges and lead scans belong to approved exhibitors only. */
public class ExhibitorNotApprovedException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/exhibitor-not-approved");

    public ExhibitorNotApprovedException(Exhibitor.State current, String what) {
        super(builder()
                .withType(TYPE)
                .withTitle("Exhibitor not approved")
                .withStatus(409)
                .withDetail(what + " is possible only for an approved exhibitor; the application is " + current + ".")
                .with("currentState", current.name()));
    }
}
