package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** Staff badges need their category, which organizers create like any other. */
public class StaffCategoryMissingException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/staff-category-missing");

    public StaffCategoryMissingException(String code) {
        super(builder()
                .withType(TYPE)
                .withTitle("Staff category missing")
                .withStatus(409)
                .withDetail("The exhibitor staff category '" + code + "' does not exist; organizers must create it first."));
    }
}
