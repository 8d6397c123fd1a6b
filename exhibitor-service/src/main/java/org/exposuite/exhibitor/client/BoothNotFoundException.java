package org.exposuite.exhibitor.client;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** The booth named in the request is not on any floor plan. */
public class BoothNotFoundException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/booth-not-found");

    public BoothNotFoundException(String boothCode) {
        super(builder()
                .withType(TYPE)
                .withTitle("Booth not found")
                .withStatus(422)
                .withDetail("There is no booth '" + boothCode + "' on the floor plans.")
                .with("boothCode", boothCode));
    }
}
