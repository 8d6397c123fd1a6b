package org.exposuite.exhibitor.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import org.exposuite.exhibitor.domain.Exhibitor;

/** The organizers have decided on the application (or it was withdrawn); it can no longer be changed. */
public class ApplicationNotEditableException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/application-not-editable");

    public ApplicationNotEditableException(Exhibitor.State current, String what) {
        super(builder()
                .withType(TYPE)
                .withTitle("Application cannot be changed")
                .withStatus(409)
                .withDetail(what + " is not possible while the application is " + current + ".")
                .with("currentState", current.name()));
    }
}
