package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** The category code names no category of this expo. */
public class CategoryNotFoundException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/category-not-found");

    public CategoryNotFoundException(String code) {
        super(builder()
                .withType(TYPE)
                .withTitle("Category not found")
                .withStatus(404)
                .withDetail("There is no category with code '" + code + "'."));
    }
}
