package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** A registration names a category that does not exist. */
public class UnknownCategoryException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/unknown-category");

    public UnknownCategoryException(String code) {
        super(builder()
                .withType(TYPE)
                .withTitle("Unknown category")
                .withStatus(422)
                .withDetail("There is no category with code '" + code + "'.")
                .with("field", "category"));
    }
}
