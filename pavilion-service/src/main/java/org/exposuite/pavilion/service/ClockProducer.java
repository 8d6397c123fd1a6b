package org.exposuite.pavilion.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The service's clock: the system clock, or a fixed instant (`expo.clock.fixed`) so tests and demos stand on any expo day. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "expo.clock.fixed") Optional<OffsetDateTime> fixed,
                @ConfigProperty(name = "expo.zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        return fixed.map(instant -> Clock.fixed(instant.toInstant(), zone)).orElseGet(() -> Clock.system(zone));
    }
}
