package org.exposuite.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/** How long Idempotency-Key answers are kept and how often the old ones are purged. */
@ConfigMapping(prefix = "expo.idempotency")
public interface IdempotencyConfig {

    /**
     * Set to true (at build time, in application.properties) by a service that takes Idempotency-Key headers: it
     * brings the key store and its scheduled purge, and the service's database must have the idempotency_key table.
     */
    @WithDefault("false")
    boolean enabled();

    /** How long a key and its answer are kept; retries within this time are answered from the first request. */
    @WithDefault("PT24H")
    @DurationMin(hours = 24)
    Duration retention();

    /** How often keys older than the retention are purged, as a scheduler interval (e.g. 1h; off to stop it). */
    @WithDefault("1h")
    String purgeEvery();

    /** Keys deleted per purge transaction, so a purge never holds many rows at once. */
    @WithDefault("1000")
    int purgeBatchSize();
}
