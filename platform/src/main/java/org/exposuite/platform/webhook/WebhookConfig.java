package org.exposuite.platform.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How the organizers' webhooks are sent: timing of the dispatcher, retries, secrets, and which receivers are allowed. */
@ConfigMapping(prefix = "expo.webhooks")
public interface WebhookConfig {

    /** The service's name in the organizers' API, /api/webhooks/{service}; without it, the application's name less "-service". */
    Optional<String> service();

    /** How often the dispatcher looks for events to send, as a scheduler interval (e.g. 1s; off to stop it). */
    @WithDefault("1s")
    String dispatchEvery();

    /** Deliveries one dispatcher claims and sends at once. */
    @WithDefault("50")
    int batchSize();

    @WithDefault("PT5S")
    Duration connectTimeout();

    /** How long a receiver may take to answer one delivery. */
    @WithDefault("PT10S")
    Duration requestTimeout();

    /** The wait before the first retry; each further retry waits twice as long, up to max-retry-delay, with jitter. */
    @WithDefault("PT5S")
    Duration firstRetryDelay();

    @WithDefault("PT1H")
    Duration maxRetryDelay();

    /** After this long without success a delivery is given up and stays in the log as failed. */
    @WithDefault("PT24H")
    Duration giveUpAfter();

    /** How long the previous secret keeps signing beside the new one after a rotation. */
    @WithDefault("PT24H")
    Duration secretOverlap();

    /** Delivered and failed deliveries older than this, and their events, are purged. */
    @WithDefault("P7D")
    Duration retention();

    /** How often the purge runs, as a scheduler interval (off to stop it). */
    @WithDefault("1h")
    String purgeEvery();

    /**
     * Refuse receivers that are not https or resolve to loopback, link-local, private or unique-local addresses, so a
     * subscription cannot reach into the expo's own network; off in the dev and test profiles.
     */
    @WithDefault("true")
    boolean publicUrlsOnly();

    /** Hosts exempt from that rule (e.g. the control room's own receiver inside the network), by name as in the URL. */
    Optional<List<String>> allowedHosts();
}
