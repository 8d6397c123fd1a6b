package org.exposuite.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The webhook deliveries' counter, {@code expo.webhook.deliveries} by {@code outcome}: registered at zero when a
 * service starts, so every service exposes it (and the alert on failing deliveries has a series) before the first
 * delivery; the dispatcher increments the same counter.
 */
@Startup
@ApplicationScoped
public class WebhookDeliveryMetrics {

    public static final String NAME = "expo.webhook.deliveries";

    /** What became of one delivery attempt. */
    public enum Outcome {
        /** The receiver answered 2xx. */
        DELIVERED,
        /** The attempt failed; it is tried again later. */
        FAILED,
        /** The last attempt failed; the event is not sent again. */
        GAVE_UP;

        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Inject
    MeterRegistry registry;

    @PostConstruct
    void registerAtZero() {
        for (Outcome outcome : Outcome.values()) {
            counter(outcome);
        }
    }

    /** The counter of one outcome (the same meter on every call). */
    public Counter counter(Outcome outcome) {
        return Counter.builder(NAME).description("Webhook delivery attempts by outcome").tag("outcome", outcome.tag())
                .register(registry);
    }
}
