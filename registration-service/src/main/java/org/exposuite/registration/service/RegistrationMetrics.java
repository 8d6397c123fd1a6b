package org.exposuite.registration.service;

import io.micrometer.core.instrument.config.MeterFilter;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Locale;
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
public class RegistrationMetrics extends BusinessFigures {

    private static final String GATE_CHECKINS = "expo.gate.checkins";
    private static final int MAX_GATES = 200;

    @Inject
    ExpoConfig expo;

    @Override
    protected void read() {
        publish("expo.registrations", "Registrations by category, status and expo day they cover", rows("""
                select c.code, r.status, d.day, count(*) from registration r
                join category c on c.id = r.category_id
                join registration_day d on d.registration_id = r.id
                group by c.code, r.status, d.day"""),
                (reading, row) -> reading.add((Number) row[3], "category", (String) row[0],
                        "status", ((String) row[1]).toLowerCase(Locale.ROOT), "day", row[2].toString()));
        publish("expo.category.places.left", "Places left in a category on an expo day: the fewer of the category's and the day's",
                rows("""
                        select c.code, d.day, c.capacity - c.taken, d.capacity - d.taken from category c
                        left join category_day d on d.category_id = c.id"""), this::addPlacesLeft);
        publish("expo.people.inside", "People inside the expo on a day: admitted at a gate and not yet out",
                rows("select day, count(*) from presence where inside group by day"),
                (reading, row) -> reading.add((Number) row[1], "day", row[0].toString()));
    }

    /** An expo has tens of gates: a scanner misconfigured with ever new gate names must not grow the series without end. */
    @Produces
    @Singleton
    static MeterFilter boundedGates() {
        return MeterFilter.maximumAllowableTags(GATE_CHECKINS, "gate", MAX_GATES, MeterFilter.deny());
    }

    /** One gate scan as it was judged: admitted ({@code reason} null) or denied, and why. */
    public void gateScanned(String gate, GateDirection direction, DenialReason reason) {
        counter(GATE_CHECKINS, "Badge scans at the expo gates by gate, direction, decision and reason of a denial",
                "gate", gate, "direction", direction.name().toLowerCase(Locale.ROOT), "decision", reason == null ? "admitted" : "denied",
                "reason", reason == null ? "none" : reason.name().toLowerCase(Locale.ROOT)).increment();
    }

    /** A category without per-day limits offers its overall places on every expo day. */
    private void addPlacesLeft(Reading reading, Object[] row) {
        String category = (String) row[0];
        int overall = ((Number) row[2]).intValue();
        if (row[1] == null) {
            expo.days().forEach(day -> reading.add(overall, "category", category, "day", day.toString()));
        } else {
            reading.add(Math.min(overall, ((Number) row[3]).intValue()), "category", category, "day", row[1].toString());
        }
    }
}
