package org.exposuite.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;

/**
 * One business figure read from the database as a set of gauges, one per combination of its tags. Every refresh
 * replaces the whole set, so a combination that disappeared (a retired pavilion, a deleted session) stops being
 * reported. Every replica reads the same database, so each reports the same value and the dashboard takes the max.
 */
public final class DatabaseFigures {

    private final MultiGauge gauges;

    private DatabaseFigures(MultiGauge gauges) {
        this.gauges = gauges;
    }

    public static DatabaseFigures register(MeterRegistry registry, String name, String description) {
        return new DatabaseFigures(MultiGauge.builder(name).description(description).register(registry));
    }

    /** Collects the values of one refresh, then {@link Reading#publish()} replaces the gauges at once. */
    public Reading reading() {
        return new Reading();
    }

    public final class Reading {
        private final List<MultiGauge.Row<?>> rows = new ArrayList<>();

        public Reading add(Number value, String... tags) {
            rows.add(MultiGauge.Row.of(Tags.of(tags), value));
            return this;
        }

        public void publish() {
            gauges.register(rows, true);
        }
    }
}
