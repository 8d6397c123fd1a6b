package org.exposuite.registration.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Replaces the service's clock in tests: the system time unless a test stands it on a moment of its choice. */
@Alternative
@Priority(1)
@Singleton
public class AdjustableClock extends Clock {

    private static final ZoneId EXPO_ZONE = ZoneId.of("Asia/Shanghai");
    private volatile Instant fixed;

    public void standAt(Instant instant) {
        fixed = instant;
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return EXPO_ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now == null ? Instant.now() : now;
    }
}
