package org.exposuite.platform.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock every rule asks for the time: the system clock in the expo's zone, or a fixed moment
 * ({@code expo.clock.fixed}, e.g. {@code 2018-05-26T10:00:00+08:00}) so tests and demos can stand on any expo day.
 */
@Singleton
public class ExpoClock {

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "expo.clock.fixed") Optional<OffsetDateTime> fixed,
                @ConfigProperty(name = "expo.zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        return fixed.map(moment -> Clock.fixed(moment.toInstant(), zone)).orElseGet(() -> Clock.system(zone));
    }
}
