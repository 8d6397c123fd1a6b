package org.exposuite.registration.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import org.exposuite.platform.metrics.DatabaseFigures;
import org.exposuite.platform.metrics.BusinessFigures;
import org.exposuite.registration.domain.DenialReason;
import org.exposuite.registration.domain.GateDirection;

/**
 * The control room's figures of registration and the gates. Counts, places left and people inside live in the
 * database and are read every few seconds ({@code expo.metrics.refresh-every}), one grouped query each; gate scans
 * are counted where they are judged. Tags name categories, statuses, days, gates and reasons, never a person.
 */
@Startup
@ApplicationScoped
public class RegistrationMetrics implements BusinessFigures {

    private static final String GATE_CHECKINS = "expo.gate.checkins";
    private static final int MAX_GATES = 200;

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager entityManager;

    @Inject
    ExpoConfig expo;

    private DatabaseFigures registrations;
    private DatabaseFigures placesLeft;
    private DatabaseFigures peopleInside;

    @PostConstruct
    void register() {
        registrations = DatabaseFigures.register(registry, "expo.registrations",
                "Registrations by category, status and expo day they cover");
        placesLeft = DatabaseFigures.register(registry, "expo.category.places.left",
                "Places left in a category on an expo day: the fewer of the category's and the day's");
        peopleInside = DatabaseFigures.register(registry, "expo.people.inside",
                "People inside the expo on a day: admitted at a gate and not yet out");
    }

    @Override
    public void refresh() {
        QuarkusTransaction.requiringNew().run(() -> {
            readRegistrations();
            readPlacesLeft();
            readPeopleInside();
        });
    }

    /** An expo has tens of gates: a scanner misconfigured with ever new gate names must not grow the series without end. */
    @Produces
    @Singleton
    static MeterFilter boundedGates() {
        return MeterFilter.maximumAllowableTags(GATE_CHECKINS, "gate", MAX_GATES, MeterFilter.deny());
    }

    /** One gate scan as it was judged: admitted ({@code reason} null) or denied, and why. */
    public void gateScanned(String gate, GateDirection direction, DenialReason reason) {
        Counter.builder(GATE_CHECKINS)
                .description("Badge scans at the expo gates by gate, direction, decision and reason of a denial")
                .tag("gate", gate)
                .tag("direction", direction.name().toLowerCase(Locale.ROOT))
                .tag("decision", reason == null ? "admitted" : "denied")
                .tag("reason", reason == null ? "none" : reason.name().toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
    }

    private void readRegistrations() {
        DatabaseFigures.Reading reading = registrations.reading();
        for (Object[] row : rows("""
                select c.code, r.status, d.day, count(*) from registration r
                join category c on c.id = r.category_id
                join registration_day d on d.registration_id = r.id
                group by c.code, r.status, d.day""")) {
            reading.add((Number) row[3], "category", (String) row[0], "status", ((String) row[1]).toLowerCase(Locale.ROOT),
                    "day", row[2].toString());
        }
        reading.publish();
    }

    /** A category without per-day limits offers its overall places on every expo day. */
    private void readPlacesLeft() {
        DatabaseFigures.Reading reading = placesLeft.reading();
        for (Object[] row : rows("""
                select c.code, d.day, c.capacity - c.taken, d.capacity - d.taken from category c
                left join category_day d on d.category_id = c.id""")) {
            String category = (String) row[0];
            int overall = ((Number) row[2]).intValue();
            if (row[1] == null) {
                expo.days().forEach(day -> reading.add(overall, "category", category, "day", day.toString()));
            } else {
                reading.add(Math.min(overall, ((Number) row[3]).intValue()), "category", category, "day", row[1].toString());
            }
        }
        reading.publish();
    }

    private void readPeopleInside() {
        DatabaseFigures.Reading reading = peopleInside.reading();
        for (Object[] row : rows("select day, count(*) from presence where inside group by day")) {
            reading.add((Number) row[1], "day", row[0].toString());
        }
        reading.publish();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return entityManager.createNativeQuery(sql).getResultList();
    }
}
