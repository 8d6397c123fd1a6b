package org.exposuite.exhibitor.client;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** pavilion-service refused the booth: another exhibitor holds or has it. */
public class BoothTakenException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/booth-taken");

    public BoothTakenException(String boothCode) {
        super(builder()
                .withType(TYPE)
                .withTitle("Booth already taken")
                .withStatus(409)
                .withDetail("Booth '" + boothCode + "' is held by or assigned to another exhibitor; choose another booth.")
                .with("boothCode", boothCode));
    }
}
