package org.exposuite.exhibitor.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.exposuite.exhibitor.domain.Exhibitor;
import org.exposuite.platform.metrics.DatabaseFigures;
import org.exposuite.platform.metrics.BusinessFigures;

/**
 * The control room's figures of the exhibitors. Applications by state live in the database and are read every few
 * seconds ({@code expo.metrics.refresh-every}) with one grouped query; lead scans are counted where they are recorded.
 * Tags name states, never an exhibitor or a visitor.
 */
@Startup
@ApplicationScoped
public class ExhibitorMetrics implements BusinessFigures {

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    private DatabaseFigures applications;

    @PostConstruct
    void register() {
        applications = DatabaseFigures.register(registry, "expo.exhibitor.applications", "Exhibitor applications by state");
    }

    /** A state no application is in reports zero. */
    @Override
    public void refresh() {
        Map<Exhibitor.State, Long> byState = new EnumMap<>(Exhibitor.State.class);
        Arrays.stream(Exhibitor.State.values()).forEach(state -> byState.put(state, 0L));
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("select e.state, count(e) from Exhibitor e group by e.state", Object[].class)
                .getResultList().forEach(row -> byState.put((Exhibitor.State) row[0], (Long) row[1])));
        DatabaseFigures.Reading reading = applications.reading();
        byState.forEach((state, count) -> reading.add(count, "state", state.name().toLowerCase(Locale.ROOT)));
        reading.publish();
    }

    /** A badge scanned at a booth: a new lead, or a visitor scanned again. */
    public void leadScanned(boolean firstScan) {
        Counter.builder("expo.lead.scans")
                .description("Badges scanned by exhibitors' lead scanners: first scans of a visitor and rescans")
                .tag("scan", firstScan ? "first" : "repeat")
                .register(registry)
                .increment();
    }
}
