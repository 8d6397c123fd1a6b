package org.exposuite.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Refuses a body declared larger than the limit with a problem answer, before any of it is read. */
@ApplicationScoped
public class BodyLimitFilter {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void register(@Observes Filters filters) {
        long limit = maxBodySize.asLongValue();
        filters.register(context -> {
            String declared = context.request().getHeader("Content-Length");
            if (declared != null && declared.chars().allMatch(Character::isDigit) && declared.length() < 19
                    && Long.parseLong(declared) > limit) {
                context.response()
                        .setStatusCode(413)
                        .putHeader("Content-Type", "application/problem+json")
                        .putHeader("Connection", "close")
                        .end("{\"type\":\"https://problems.expo-suite.org/payload-too-large\",\"title\":\"Payload too large\","
                                + "\"status\":413,\"detail\":\"The request body may be at most " + limit + " bytes.\"}");
                return;
            }
            context.next();
        }, 900);
    }
}
