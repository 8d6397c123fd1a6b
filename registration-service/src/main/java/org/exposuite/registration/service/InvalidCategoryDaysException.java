package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** A category's days must be days of the expo, each named once. */
public class InvalidCategoryDaysException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/invalid-category-days");

    public InvalidCategoryDaysException(String detail) {
        super(builder()
                .withType(TYPE)
                .withTitle("Invalid category days")
                .withStatus(422)
                .withDetail(detail)
                .with("field", "days"));
    }
}
