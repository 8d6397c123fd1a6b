package org.exposuite.pavilion.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exposuite.pavilion.api.OpenHoursEntry;
import org.exposuite.pavilion.api.PavilionChange;
import org.exposuite.pavilion.api.PavilionProblem;
import org.exposuite.pavilion.api.PavilionRequest;
import org.exposuite.pavilion.api.PavilionView;
import org.exposuite.pavilion.domain.Booth;
import org.exposuite.pavilion.domain.OpenHours;
import org.exposuite.pavilion.domain.Pavilion;

/** Creating, changing, retiring and reading pavilions. */
@ApplicationScoped
public class PavilionService {

    @Inject
    ExpoCalendar calendar;

    @Inject
    OccupancyService occupancy;

    @Transactional
    public List<PavilionView> list(boolean includeRetired) {
        List<Pavilion> pavilions = Pavilion.list(
                "from Pavilion p left join fetch p.openHours where p.retired = false or p.retired = ?1 order by p.code", includeRetired);
        Map<Long, Map<String, Long>> counts = boothCountsByPavilion(null);
        return pavilions.stream().map(p -> view(p, counts.getOrDefault(p.id, emptyCounts()))).toList();
    }

    @Transactional
    public PavilionView get(String code) {
        return view(find(code));
    }

    @Transactional
    public PavilionView create(PavilionRequest request) {
        if (Pavilion.count("code", request.code()) > 0) {
            throw PavilionProblem.PAVILION_CODE_TAKEN.with("A pavilion with code '%s' already exists.", request.code());
        }
        Pavilion pavilion = new Pavilion();
        pavilion.code = request.code();
        apply(pavilion, request.asChange());
        pavilion.persistAndFlush();
        return view(pavilion, emptyCounts());
    }

    @Transactional
    public PavilionView change(String code, PavilionChange change) {
        // The row lock keeps entrance scans and floor plan imports out while the limits change; taken after the read, its
        // version check refuses (409) a change another organizer committed meanwhile instead of overwriting it.
        Pavilion pavilion = find(code);
        Pavilion.getEntityManager().lock(pavilion, LockModeType.PESSIMISTIC_WRITE);
        // Read under the lock: scans change the count without the entity's version.
        int inside = ((Number) Pavilion.getEntityManager().createNativeQuery("select occupancy from pavilion where id = :id")
                .setParameter("id", pavilion.id).getSingleResult()).intValue();
        int oldLimit = pavilion.safeOccupancy;
        if (change.safeOccupancy() < inside) {
            throw PavilionProblem.OCCUPANCY_ABOVE_LIMIT.with(
                    "The pavilion now holds %d people; the safe limit cannot be set below that.", inside);
        }
        List<FloorPlanService.WrongBooth> outside = Booth.<Booth>list(
                        "pavilion.id = ?1 and (x + width > ?2 or y + depth > ?3) order by code", pavilion.id, change.floorWidthM(), change.floorDepthM())
                .stream().map(booth -> new FloorPlanService.WrongBooth(booth.code,
                        "would lie outside the hall of " + change.floorWidthM() + " x " + change.floorDepthM() + " m"))
                .toList();
        if (!outside.isEmpty()) {
            throw FloorPlanService.invalidPlan(code, outside);
        }
        apply(pavilion, change);
        Pavilion.flush();
        occupancy.limitChanged(code, inside, oldLimit, change.safeOccupancy());
        return view(pavilion);
    }

    @Transactional
    public void retire(String code) {
        Pavilion pavilion = find(code);
        pavilion.retired = true;
        pavilion.updatedAt = Instant.now();
    }

    static Pavilion find(String code) {
        return find(code, LockModeType.NONE);
    }

    static Pavilion find(String code, LockModeType lock) {
        return Pavilion.<Pavilion>find("code", code).withLock(lock).firstResultOptional()
                .orElseThrow(() -> PavilionProblem.PAVILION_NOT_FOUND.with("There is no pavilion with code '%s'.", code));
    }

    /** A retired pavilion takes no new booths, sessions or visitors. */
    static Pavilion findNotRetired(String code, LockModeType lock) {
        Pavilion pavilion = find(code, lock);
        if (pavilion.retired) {
            throw PavilionProblem.PAVILION_RETIRED.with("Pavilion '%s' is retired.", code);
        }
        return pavilion;
    }

    private void apply(Pavilion pavilion, PavilionChange change) {
        List<OpenHoursEntry> hours = change.openHours() == null ? List.of() : change.openHours();
        Set<java.time.LocalDate> seen = new HashSet<>();
        for (OpenHoursEntry entry : hours) {
            if (!calendar.isExpoDay(entry.day()) || !seen.add(entry.day())) {
                throw PavilionProblem.NOT_AN_EXPO_DAY.with("'%s' is not a day of this expo.", entry.day());
            }
        }
        pavilion.nameEn = change.nameEn();
        pavilion.nameZh = change.nameZh();
        pavilion.theme = change.theme();
        pavilion.hall = change.hall();
        pavilion.areaM2 = change.areaM2();
        pavilion.safeOccupancy = change.safeOccupancy();
        pavilion.floorWidth = change.floorWidthM();
        pavilion.floorDepth = change.floorDepthM();
        pavilion.openHours.clear();
        hours.stream().sorted(java.util.Comparator.comparing(OpenHoursEntry::day))
                .forEach(h -> pavilion.openHours.add(new OpenHours(h.day(), h.opens(), h.closes())));
        pavilion.updatedAt = Instant.now();
    }

    /** Booth counts per pavilion and status; an expired hold counts as free. */
    @SuppressWarnings("unchecked")
    private Map<Long, Map<String, Long>> boothCountsByPavilion(Long pavilionId) {
        Map<Long, Map<String, Long>> counts = new LinkedHashMap<>();
        List<Object[]> rows = Booth.getEntityManager().createNativeQuery("""
                select pavilion_id,
                       case when status = 'HELD' and held_until < :now then 'FREE' else status end as effective_status,
                       count(*)
                from booth
                where (cast(:pavilion as bigint) is null or pavilion_id = :pavilion)
                group by 1, 2
                """)
                .setParameter("now", calendar.now())
                .setParameter("pavilion", pavilionId)
                .getResultList();
        rows.forEach(row -> counts.computeIfAbsent(((Number) row[0]).longValue(), id -> emptyCounts())
                .put(row[1].toString(), ((Number) row[2]).longValue()));
        return counts;
    }

    private static Map<String, Long> emptyCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Booth.Status status : Booth.Status.values()) {
            counts.put(status.name(), 0L);
        }
        return counts;
    }

    private PavilionView view(Pavilion pavilion) {
        return view(pavilion, boothCountsByPavilion(pavilion.id).getOrDefault(pavilion.id, emptyCounts()));
    }

    private static PavilionView view(Pavilion p, Map<String, Long> boothsByStatus) {
        List<OpenHoursEntry> hours = p.openHours.stream().map(h -> new OpenHoursEntry(h.day(), h.opens(), h.closes())).toList();
        return new PavilionView(p.code, p.nameEn, p.nameZh, p.theme, p.hall, p.areaM2, p.safeOccupancy,
                p.occupancy, p.floorWidth, p.floorDepth, hours, p.retired, boothsByStatus);
    }
}
