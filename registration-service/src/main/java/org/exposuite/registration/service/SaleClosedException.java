package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** Registration for a category happens only within its sale window. */
public class SaleClosedException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/sale-closed");

    public SaleClosedException(String code) {
        super(builder()
                .withType(TYPE)
                .withTitle("Category not on sale")
                .withStatus(409)
                .withDetail("Category '" + code + "' is not on sale now."));
    }
}
