package org.exposuite.exhibitor.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** Exhibitor self-service needs the application's secret as the bearer credential. */
public class SecretRequiredException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/secret-required");

    public SecretRequiredException() {
        super(builder()
                .withType(TYPE)
                .withTitle("Secret required")
                .withStatus(401)
                .withDetail("Send the secret you received with your application as 'Authorization: Bearer ex_…'.")
                .withHeader("WWW-Authenticate", "Bearer"));
    }
}
