package org.exposuite.platform.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/** A path or query with an encoded NUL character (%00) is refused before it reaches a resource or the database. */
@ApplicationScoped
public class NulCharacterFilter {

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (context.request().uri().toLowerCase(Locale.ROOT).contains("%00")) {
                context.response()
                        .setStatusCode(400)
                        .putHeader("Content-Type", "application/problem+json")
                        .end("{\"type\":\"https://problems.expo-suite.org/invalid-character\",\"title\":\"Bad Request\","
                                + "\"status\":400,\"detail\":\"The path or query contains the NUL character (%00), which no value may hold.\"}");
                return;
            }
            context.next();
        }, 950);
    }
}
