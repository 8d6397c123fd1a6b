package org.exposuite.pavilion.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exposuite.pavilion.domain.Booth;
import org.exposuite.pavilion.domain.Pavilion;
import org.exposuite.pavilion.rest.PavilionRequest;
import org.exposuite.pavilion.rest.PavilionView;

/** Creating, changing, retiring and reading pavilions. */
@ApplicationScoped
public class PavilionService {

    @Transactional
    public List<PavilionView> list(boolean includeRetired) {
        List<Pavilion> pavilions = includeRetired
                ? Pavilion.list("order by code")
                : Pavilion.list("retired = false order by code");
        Map<Long, Map<String, Long>> counts = boothCountsByPavilion();
        return pavilions.stream().map(p -> view(p, counts.getOrDefault(p.id, emptyCounts()))).toList();
    }

    @Transactional
    public PavilionView get(String code) {
        Pavilion pavilion = Pavilion.findByCode(code).orElseThrow(() -> new PavilionNotFoundException(code));
        return view(pavilion, boothCountsByPavilion().getOrDefault(pavilion.id, emptyCounts()));
    }

    @Transactional
    public PavilionView create(PavilionRequest request) {
        if (Pavilion.findByCode(request.code()).isPresent()) {
            throw new PavilionCodeTakenException(request.code());
        }
        Pavilion pavilion = new Pavilion();
        pavilion.code = request.code();
        apply(pavilion, request);
        pavilion.persistAndFlush();
        return view(pavilion, emptyCounts());
    }

    @Transactional
    public PavilionView change(String code, PavilionRequest request) {
        Pavilion pavilion = Pavilion.findByCode(code).orElseThrow(() -> new PavilionNotFoundException(code));
        apply(pavilion, request);
        return get(code);
    }

    @Transactional
    public void retire(String code) {
        Pavilion pavilion = Pavilion.findByCode(code).orElseThrow(() -> new PavilionNotFoundException(code));
        pavilion.retired = true;
        pavilion.updatedAt = Instant.now();
    }

    private static void apply(Pavilion pavilion, PavilionRequest request) {
        pavilion.nameEn = request.nameEn();
        pavilion.nameZh = request.nameZh();
        pavilion.theme = request.theme();
        pavilion.hall = request.hall();
        pavilion.areaM2 = request.areaM2();
        pavilion.safeOccupancy = request.safeOccupancy();
        pavilion.updatedAt = Instant.now();
    }

    private static Map<Long, Map<String, Long>> boothCountsByPavilion() {
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        List<Object[]> rows = Booth.getEntityManager()
                .createQuery("select b.pavilion.id, b.status, count(b) from Booth b group by b.pavilion.id, b.status", Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent((Long) row[0], id -> emptyCounts()).put(row[1].toString(), (Long) row[2]);
        }
        return counts;
    }

    private static Map<String, Long> emptyCounts() {
        Map<String, Long> counts = new HashMap<>();
        for (Booth.Status status : Booth.Status.values()) {
            counts.put(status.name(), 0L);
        }
        return counts;
    }

    private static PavilionView view(Pavilion p, Map<String, Long> boothsByStatus) {
        return new PavilionView(p.code, p.nameEn, p.nameZh, p.theme, p.hall, p.areaM2, p.safeOccupancy,
                p.occupancy, p.retired, boothsByStatus);
    }
}
