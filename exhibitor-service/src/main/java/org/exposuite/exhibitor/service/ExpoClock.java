package org.exposuite.exhibitor.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The expo's clock; `expo.clock.fixed` lets tests and demos stand on any expo day. */
@ApplicationScoped
public class ExpoClock {

    @ConfigProperty(name = "expo.clock.fixed")
    Optional<Instant> fixed;

    @ConfigProperty(name = "expo.zone", defaultValue = "Asia/Shanghai")
    ZoneId zone;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return fixed.map(instant -> Clock.fixed(instant, zone)).orElseGet(() -> Clock.system(zone));
    }
}
