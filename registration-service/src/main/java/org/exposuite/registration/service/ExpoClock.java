package org.exposuite.registration.service;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock every rule asks for the time, so tests and demos can stand on any expo day. */
public class ExpoClock {

    @Produces
    @Singleton
    Clock clock(ExpoConfig expo) {
        return expo.fixedClock().map(instant -> Clock.fixed(instant, expo.zone())).orElseGet(() -> Clock.system(expo.zone()));
    }
}
