package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** Category codes are unique within the expo. */
public class CategoryCodeTakenException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/category-code-taken");

    public CategoryCodeTakenException(String code) {
        super(builder()
                .withType(TYPE)
                .withTitle("Category code already in use")
                .withStatus(409)
                .withDetail("A category with code '" + code + "' already exists."));
    }
}
