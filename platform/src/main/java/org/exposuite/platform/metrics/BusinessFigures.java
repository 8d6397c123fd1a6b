package org.exposuite.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * A service's figures that live in its database (counts, places, people inside), read into its metrics on a schedule,
 * and the counters it increments where things happen. Each database figure is a set of gauges, one per combination of
 * its tags; every reading replaces the whole set, so a combination that disappeared (a retired pavilion, a deleted
 * session) stops being reported. Every replica reads the same database, so each reports the same value and the
 * dashboard takes the max.
 */
public abstract class BusinessFigures {

    @Inject
    protected MeterRegistry registry;

    @Inject
    EntityManager entityManager;

    private final Map<String, MultiGauge> figures = new ConcurrentHashMap<>();

    /** Reads every figure from the database now, in a transaction of its own. */
    public void refresh() {
        QuarkusTransaction.requiringNew().run(this::read);
    }

    /** Reads each figure: its rows, then {@link #publish} for each. */
    protected abstract void read();

    @SuppressWarnings("unchecked")
    protected List<Object[]> rows(String sql) {
        return entityManager.createNativeQuery(sql).getResultList();
    }

    /** Replaces the gauges of one figure with the values {@code add} reads from each item. */
    protected <T> void publish(String name, String description, Collection<T> items, BiConsumer<Reading, T> add) {
        Reading reading = new Reading();
        items.forEach(item -> add.accept(reading, item));
        figures.computeIfAbsent(name, figure -> MultiGauge.builder(figure).description(description).register(registry))
                .register(reading.rows, true);
    }

    /** One counter by its tags, given as name and value pairs (the same meter on every call). */
    protected Counter counter(String name, String description, String... tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }

    /** The values of one figure in one reading, each with its tags as name and value pairs. */
    public static final class Reading {
        private final List<MultiGauge.Row<?>> rows = new ArrayList<>();

        public void add(Number value, String... tags) {
            rows.add(MultiGauge.Row.of(Tags.of(tags), value));
        }
    }
}
