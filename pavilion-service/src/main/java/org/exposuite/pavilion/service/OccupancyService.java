package org.exposuite.pavilion.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import org.exposuite.pavilion.api.PavilionEvent;
import org.exposuite.pavilion.api.PavilionCrowd;
import org.exposuite.pavilion.api.PavilionProblem;
import org.exposuite.pavilion.api.ScanRequest.Direction;
import org.exposuite.pavilion.api.ScanResult;
import org.exposuite.pavilion.domain.LimitCrossing;
import org.exposuite.pavilion.domain.Pavilion;
import org.exposuite.platform.badge.Badge;
import org.exposuite.platform.webhook.Events;

/** People in a pavilion, counted at its entrances: never below zero, never above the safe limit, each scan once. */
@ApplicationScoped
public class OccupancyService {

    @Inject
    ExpoCalendar calendar;

    @Inject
    EntityManager em;

    @Inject
    Events events;

    @Inject
    PavilionMetrics metrics;

    @Transactional
    public ScanResult scan(String pavilionCode, Badge badge, Direction direction, String nonce, String scanner) {
        Pavilion pavilion = PavilionService.findNotRetired(pavilionCode, LockModeType.NONE);
        if (direction == Direction.IN && !badge.admitsOn(calendar.today())) {
            metrics.entranceDenied(pavilion.code, direction, PavilionMetrics.EntranceDenial.NOT_VALID_TODAY);
            throw PavilionProblem.BADGE_NOT_VALID_FOR_DAY.with("The badge does not admit its holder on %s.", calendar.today());
        }
        // The nonce row goes in first, in the same transaction: a repeated scan finds it and changes nothing.
        int recorded = em.createNativeQuery("""
                        insert into pavilion_scan (pavilion_id, nonce, registration_id, direction, counted, scanned_at, scanned_by)
                        values (:pavilion, :nonce, :registration, :direction, true, :now, :scanner)
                        on conflict (pavilion_id, nonce) do nothing
                        """)
                .setParameter("pavilion", pavilion.id)
                .setParameter("nonce", nonce)
                .setParameter("registration", badge.registrationId())
                .setParameter("direction", direction.name())
                .setParameter("now", calendar.now())
                .setParameter("scanner", scanner)
                .executeUpdate();
        if (recorded == 0) {
            return current(pavilion, direction);
        }
        // Last statement of the transaction, so the pavilion row stays locked only until the commit.
        String guarded = direction == Direction.IN
                ? "update pavilion set occupancy = occupancy + 1 where id = :pavilion and occupancy < safe_occupancy"
                : "update pavilion set occupancy = occupancy - 1 where id = :pavilion and occupancy > 0";
        List<?> after = em.createNativeQuery(guarded + " returning occupancy, safe_occupancy")
                .setParameter("pavilion", pavilion.id).getResultList();
        if (after.isEmpty() && direction == Direction.IN) {
            metrics.entranceDenied(pavilion.code, direction, PavilionMetrics.EntranceDenial.PAVILION_FULL);
            throw PavilionProblem.PAVILION_FULL.with(
                    "Pavilion '%s' is at its safe occupancy limit; entry is refused until someone leaves.", pavilionCode);
        }
        if (after.isEmpty()) {
            em.createNativeQuery("update pavilion_scan set counted = false where pavilion_id = :pavilion and nonce = :nonce")
                    .setParameter("pavilion", pavilion.id).setParameter("nonce", nonce).executeUpdate();
            return current(pavilion, direction);
        }
        metrics.entranceAdmitted(pavilion.code, direction);
        Object[] counts = (Object[]) after.get(0);
        int occupancy = ((Number) counts[0]).intValue();
        int safeOccupancy = ((Number) counts[1]).intValue();
        // the guarded update moved the count by exactly one
        int before = direction == Direction.IN ? occupancy - 1 : occupancy + 1;
        announce(pavilionCode, LimitCrossing.of(before, safeOccupancy, occupancy, safeOccupancy), occupancy, safeOccupancy);
        return new ScanResult(pavilionCode, direction.name(), true, occupancy, safeOccupancy);
    }

    /** A new safe limit may fill the pavilion or give a full one room again with nobody passing an entrance. */
    void limitChanged(String pavilionCode, int occupancy, int oldLimit, int newLimit) {
        announce(pavilionCode, LimitCrossing.of(occupancy, oldLimit, occupancy, newLimit), occupancy, newLimit);
    }

    private void announce(String pavilionCode, LimitCrossing crossing, int occupancy, int safeOccupancy) {
        if (crossing != LimitCrossing.NONE) {
            (crossing == LimitCrossing.FULL ? PavilionEvent.PAVILION_FULL : PavilionEvent.PAVILION_REOPENED)
                    .publish(events, pavilionCode, new PavilionCrowd(pavilionCode, occupancy, safeOccupancy));
        }
    }

    private ScanResult current(Pavilion pavilion, Direction direction) {
        Object[] counts = (Object[]) em.createNativeQuery("select occupancy, safe_occupancy from pavilion where id = :pavilion")
                .setParameter("pavilion", pavilion.id).getSingleResult();
        return new ScanResult(pavilion.code, direction.name(), false, ((Number) counts[0]).intValue(), ((Number) counts[1]).intValue());
    }
}
