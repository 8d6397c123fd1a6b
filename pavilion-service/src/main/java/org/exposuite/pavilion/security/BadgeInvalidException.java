package org.exposuite.pavilion.security;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** The badge token is missing, forged, expired or not issued by the expo's registration. */
public class BadgeInvalidException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/badge-invalid");

    public BadgeInvalidException(String detail) {
        super(builder()
                .withType(TYPE)
                .withTitle("Badge invalid")
                .withStatus(401)
                .withHeader("WWW-Authenticate", "Badge")
                .withDetail(detail));
    }
}
