package org.exposuite.pavilion.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.exposuite.pavilion.api.ScanRequest.Direction;
import org.exposuite.platform.metrics.BusinessFigures;

/**
 * The control room's figures of the venue. People inside each pavilion, its safe limit and the seats left per
 * session live in the database and are read every few seconds ({@code expo.metrics.refresh-every}), one query each;
 * entrance scans are counted where they are judged. Tags name pavilions and sessions, never a person.
 */
@Startup
@ApplicationScoped
public class PavilionMetrics extends BusinessFigures {

    /** Why an entrance refused someone, as the counter's {@code reason}. */
    public enum EntranceDenial {
        PAVILION_FULL, NOT_VALID_TODAY, BADGE_INVALID
    }

    // Pavilion codes of the last refresh: a scan at a code nobody created adds no series.
    private volatile Set<String> pavilions = Set.of();

    @Override
    protected void read() {
        List<Object[]> open = rows("select code, occupancy, safe_occupancy from pavilion where not retired");
        publish("expo.pavilion.people.inside", "People inside a pavilion now", open,
                (reading, row) -> reading.add((Number) row[1], "pavilion", (String) row[0]));
        publish("expo.pavilion.safe.limit", "A pavilion's safe occupancy limit", open,
                (reading, row) -> reading.add((Number) row[2], "pavilion", (String) row[0]));
        pavilions = open.stream().map(row -> (String) row[0]).collect(Collectors.toUnmodifiableSet());
        publish("expo.session.seats.left", "Seats left to reserve at a session", rows("""
                select s.id, p.code, s.seat_capacity - s.seats_taken from session s join pavilion p on p.id = s.pavilion_id"""),
                (reading, row) -> reading.add((Number) row[2], "session", row[0].toString(), "pavilion", (String) row[1]));
    }

    /** An entrance or exit scan that changed the pavilion's count. */
    public void entranceAdmitted(String pavilion, Direction direction) {
        entranceScans(pavilion, direction, "admitted", "none");
    }

    /** A scan refused at an entrance of a pavilion that exists. */
    public void entranceDenied(String pavilion, Direction direction, EntranceDenial reason) {
        if (pavilions.contains(pavilion) || reason != EntranceDenial.BADGE_INVALID) {
            entranceScans(pavilion, direction, "denied", reason.name().toLowerCase(Locale.ROOT));
        }
    }

    private void entranceScans(String pavilion, Direction direction, String decision, String reason) {
        counter("expo.pavilion.entrance.scans", "Badge scans at pavilion entrances by pavilion, direction, decision and reason of a denial",
                "pavilion", pavilion, "direction", direction.name().toLowerCase(Locale.ROOT), "decision", decision, "reason", reason)
                .increment();
    }
}
