package org.exposuite.pavilion.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.exposuite.pavilion.api.ScanRequest.Direction;
import org.exposuite.platform.metrics.DatabaseFigures;
import org.exposuite.platform.metrics.BusinessFigures;

/**
 * The control room's figures of the venue. People inside each pavilion, its safe limit and the seats left per
 * session live in the database and are read every few seconds ({@code expo.metrics.refresh-every}), one query each;
 * entrance scans are counted where they are judged. Tags name pavilions and sessions, never a person.
 */
@Startup
@ApplicationScoped
public class PavilionMetrics implements BusinessFigures {

    /** Why an entrance refused someone, as the counter's {@code reason}. */
    public enum EntranceDenial {
        PAVILION_FULL, NOT_VALID_TODAY, BADGE_INVALID
    }

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    private DatabaseFigures peopleInside;
    private DatabaseFigures safeLimit;
    private DatabaseFigures seatsLeft;
    // Pavilion codes of the last refresh: a scan at a code nobody created adds no series.
    private volatile Set<String> pavilions = Set.of();

    @PostConstruct
    void register() {
        peopleInside = DatabaseFigures.register(registry, "expo.pavilion.people.inside", "People inside a pavilion now");
        safeLimit = DatabaseFigures.register(registry, "expo.pavilion.safe.limit", "A pavilion's safe occupancy limit");
        seatsLeft = DatabaseFigures.register(registry, "expo.session.seats.left", "Seats left to reserve at a session");
    }

    @Override
    public void refresh() {
        QuarkusTransaction.requiringNew().run(() -> {
            DatabaseFigures.Reading inside = peopleInside.reading();
            DatabaseFigures.Reading limits = safeLimit.reading();
            Set<String> codes = new HashSet<>();
            for (Object[] row : rows("select code, occupancy, safe_occupancy from pavilion where not retired")) {
                String code = (String) row[0];
                codes.add(code);
                inside.add((Number) row[1], "pavilion", code);
                limits.add((Number) row[2], "pavilion", code);
            }
            inside.publish();
            limits.publish();
            pavilions = Set.copyOf(codes);

            DatabaseFigures.Reading seats = seatsLeft.reading();
            for (Object[] row : rows("""
                    select s.id, p.code, s.seat_capacity - s.seats_taken from session s join pavilion p on p.id = s.pavilion_id""")) {
                seats.add((Number) row[2], "session", row[0].toString(), "pavilion", (String) row[1]);
            }
            seats.publish();
        });
    }

    /** An entrance or exit scan that changed the pavilion's count. */
    public void entranceAdmitted(String pavilion, Direction direction) {
        entranceScans(pavilion, direction, "admitted", "none").increment();
    }

    /** A scan refused at an entrance of a pavilion that exists. */
    public void entranceDenied(String pavilion, Direction direction, EntranceDenial reason) {
        if (pavilions.contains(pavilion) || reason != EntranceDenial.BADGE_INVALID) {
            entranceScans(pavilion, direction, "denied", reason.name().toLowerCase(Locale.ROOT)).increment();
        }
    }

    private Counter entranceScans(String pavilion, Direction direction, String decision, String reason) {
        return Counter.builder("expo.pavilion.entrance.scans")
                .description("Badge scans at pavilion entrances by pavilion, direction, decision and reason of a denial")
                .tag("pavilion", pavilion)
                .tag("direction", direction.name().toLowerCase(Locale.ROOT))
                .tag("decision", decision)
                .tag("reason", reason)
                .register(registry);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}
