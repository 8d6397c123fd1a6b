package org.exposuite.registration.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The expo edition this deployment serves, and how long retried requests are remembered. */
@ConfigMapping(prefix = "expo")
public interface ExpoConfig {

    String name();

    List<LocalDate> days();

    ZoneId zone();

    @WithName("clock.fixed")
    Optional<Instant> fixedClock();

    Idempotency idempotency();

    interface Idempotency {
        Duration retention();

        Duration inFlightTimeout();

        /** How often expired keys are purged, as a scheduler interval (e.g. 1h). */
        String purgeEvery();
    }
}
