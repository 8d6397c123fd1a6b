package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** No place is left in the category. */
public class CategoryFullException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/category-full");

    public CategoryFullException(String code) {
        super(builder()
                .withType(TYPE)
                .withTitle("Category full")
                .withStatus(409)
                .withDetail("Category '" + code + "' has no places left."));
    }
}
