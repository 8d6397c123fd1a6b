package org.exposuite.exhibitor.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** No approved exhibitor with this id in the directory. */
public class ExhibitorNotFoundException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/exhibitor-not-found");

    public ExhibitorNotFoundException() {
        super(builder()
                .withType(TYPE)
                .withTitle("Exhibitor not found")
                .withStatus(404)
                .withDetail("No approved exhibitor with this id is in the directory."));
    }
}
