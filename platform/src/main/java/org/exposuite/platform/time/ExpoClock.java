package org.exposuite.platform.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock every rule asks for the time: the system clock in the expo's zone, or a fixed moment
 * ({@code expo.clock.fixed}, e.g. {@code 2018-05-26T10:00:00+08:00}) so tests and demos can stand on any expo day.
 */
@Singleton
public class ExpoClock {

    @Produces
    @Singleton
    Clock clock(ExpoEdition expo) {
        return expo.clock().fixed().map(moment -> Clock.fixed(moment.toInstant(), expo.zone()))
                .orElseGet(() -> Clock.system(expo.zone()));
    }
}
