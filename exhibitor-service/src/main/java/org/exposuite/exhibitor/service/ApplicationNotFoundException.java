package org.exposuite.exhibitor.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** No application with this id, or the secret belongs to no application: both answer the same. */
public class ApplicationNotFoundException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/application-not-found");

    public ApplicationNotFoundException() {
        super(builder()
                .withType(TYPE)
                .withTitle("Application not found")
                .withStatus(404)
                .withDetail("No exhibitor application matches this request."));
    }
}
