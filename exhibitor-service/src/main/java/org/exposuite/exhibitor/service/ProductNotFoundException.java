package org.exposuite.exhibitor.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** No such product among this exhibitor's products. */
public class ProductNotFoundException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/product-not-found");

    public ProductNotFoundException() {
        super(builder()
                .withType(TYPE)
                .withTitle("Product not found")
                .withStatus(404)
                .withDetail("No product with this id belongs to your exhibitor profile."));
    }
}
