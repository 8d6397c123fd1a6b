package org.exposuite.pavilion.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.exposuite.pavilion.api.FloorPlanBooth;
import org.exposuite.pavilion.api.FloorPlanView;
import org.exposuite.pavilion.api.PavilionProblem;
import org.exposuite.pavilion.domain.Booth;
import org.exposuite.pavilion.domain.Pavilion;

/** A pavilion's floor plan: imported whole (all booths valid, or nothing stored) and read as data. */
@ApplicationScoped
public class FloorPlanService {

    private static final Pattern BOOTH_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");
    private static final BigDecimal MIN_SIDE = BigDecimal.ONE;
    private static final BigDecimal MAX_METRES = new BigDecimal("99999.99");

    /** One wrong booth of a floor plan and what is wrong with it. */
    public record WrongBooth(String booth, String problem) {
    }

    @Inject
    ExpoCalendar calendar;

    @Inject
    BoothService booths;

    @Inject
    EntityManager em;

    @Transactional
    public FloorPlanView get(String pavilionCode) {
        return view(PavilionService.find(pavilionCode));
    }

    /**
     * Replaces the pavilion's floor plan: booths named in the plan are created or moved on the plan (their status stays),
     * booths left out are removed, which only free booths may be.
     */
    @Transactional
    public FloorPlanView importPlan(String pavilionCode, List<FloorPlanBooth> plan) {
        // Row locks on the pavilion and its booths keep concurrent imports and booth changes out until this one commits.
        Pavilion pavilion = PavilionService.findNotRetired(pavilionCode, LockModeType.PESSIMISTIC_WRITE);
        Map<String, Booth> existing = Booth.<Booth>find("pavilion.id = ?1", pavilion.id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .stream().collect(Collectors.toMap(booth -> booth.code, booth -> booth));
        List<WrongBooth> errors = validate(pavilion, plan, existing);
        if (!errors.isEmpty()) {
            throw invalidPlan(pavilionCode, errors);
        }
        Set<String> planned = plan.stream().map(FloorPlanBooth::code).collect(Collectors.toSet());
        List<Long> removed = existing.values().stream().filter(b -> !planned.contains(b.code)).map(b -> b.id).toList();
        if (!removed.isEmpty()) {
            em.createNativeQuery("delete from booth where id in (:ids)").setParameter("ids", removed).executeUpdate();
        }
        for (FloorPlanBooth b : plan) {
            Booth booth = existing.get(b.code());
            if (booth == null) {
                booth = new Booth();
                booth.code = b.code();
                booth.pavilion = pavilion;
            }
            booth.type = Booth.Type.valueOf(b.type());
            booth.x = b.x();
            booth.y = b.y();
            booth.width = b.width();
            booth.depth = b.depth();
            booth.priceClass = b.priceClass();
            booth.persist();
        }
        try {
            em.flush();
            // The database checks the deferred no-overlap rule now, so a clash with a concurrent write is answered here.
            em.createNativeQuery("set constraints booth_no_overlap immediate").executeUpdate();
        } catch (PersistenceException e) {
            throw invalidPlan(pavilionCode,
                    List.of(new WrongBooth("*", "the plan clashes with booths stored at the same time; send it again")));
        }
        em.clear();
        return view(PavilionService.find(pavilionCode));
    }

    /** A floor plan is taken whole or not at all; the answer names every wrong booth and what is wrong with it. */
    static HttpProblem invalidPlan(String pavilionCode, List<WrongBooth> errors) {
        return PavilionProblem.FLOOR_PLAN_INVALID
                .builder("%d booth(s) of the floor plan for pavilion '%s' are wrong; nothing was stored.", errors.size(), pavilionCode)
                .with("errors", errors).build();
    }

    private List<WrongBooth> validate(Pavilion pavilion, List<FloorPlanBooth> plan, Map<String, Booth> existing) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<FloorPlanBooth> placeable = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            FloorPlanBooth b = plan.get(i);
            String code = b.code() == null || b.code().isBlank() ? "#" + (i + 1) : b.code();
            List<String> wrong = problems.computeIfAbsent(code, k -> new ArrayList<>());
            if (b.code() == null || !BOOTH_CODE.matcher(b.code()).matches()) {
                wrong.add("code must be 1-20 capital letters, digits or dashes (entry " + (i + 1) + ")");
            } else if (!seen.add(b.code())) {
                wrong.add("code appears more than once in the plan");
            }
            if (Arrays.stream(Booth.Type.values()).noneMatch(t -> t.name().equals(b.type()))) {
                wrong.add("type must be one of INLINE, CORNER, PENINSULA, ISLAND");
            }
            if (b.priceClass() == null || b.priceClass().isBlank() || b.priceClass().length() > 10) {
                wrong.add("priceClass must be 1-10 characters");
            }
            boolean geometry = checkNumber(wrong, "x", b.x(), BigDecimal.ZERO)
                    & checkNumber(wrong, "y", b.y(), BigDecimal.ZERO)
                    & checkNumber(wrong, "width", b.width(), MIN_SIDE)
                    & checkNumber(wrong, "depth", b.depth(), MIN_SIDE);
            if (geometry) {
                if (b.x().add(b.width()).compareTo(pavilion.floorWidth) > 0
                        || b.y().add(b.depth()).compareTo(pavilion.floorDepth) > 0) {
                    wrong.add("lies outside the hall (" + pavilion.floorWidth.stripTrailingZeros().toPlainString() + " x "
                            + pavilion.floorDepth.stripTrailingZeros().toPlainString() + " m)");
                } else {
                    placeable.add(b);
                }
            }
        }
        findOverlaps(placeable, problems);
        checkCodesOfOtherPavilions(pavilion, seen, problems);
        Instant now = calendar.now();
        existing.values().stream()
                .filter(b -> !seen.contains(b.code) && b.statusAt(now) != Booth.Status.FREE)
                .sorted(Comparator.comparing(b -> b.code))
                .forEach(b -> problems.computeIfAbsent(b.code, k -> new ArrayList<>())
                        .add("is " + b.statusAt(now).name().toLowerCase() + " for exhibitor " + b.exhibitorId
                                + " and cannot leave the plan; vacate it first"));
        List<WrongBooth> errors = new ArrayList<>();
        problems.forEach((code, list) -> list.forEach(p -> errors.add(new WrongBooth(code, p))));
        return errors;
    }

    private static void findOverlaps(List<FloorPlanBooth> booths, Map<String, List<String>> problems) {
        List<FloorPlanBooth> byX = new ArrayList<>(booths);
        byX.sort(Comparator.comparing(FloorPlanBooth::x));
        for (int i = 0; i < byX.size(); i++) {
            FloorPlanBooth a = byX.get(i);
            BigDecimal aRight = a.x().add(a.width());
            for (int j = i + 1; j < byX.size() && byX.get(j).x().compareTo(aRight) < 0; j++) {
                FloorPlanBooth b = byX.get(j);
                boolean overlapInY = a.y().compareTo(b.y().add(b.depth())) < 0 && b.y().compareTo(a.y().add(a.depth())) < 0;
                if (overlapInY) {
                    problems.computeIfAbsent(a.code(), k -> new ArrayList<>()).add("overlaps booth " + b.code());
                    problems.computeIfAbsent(b.code(), k -> new ArrayList<>()).add("overlaps booth " + a.code());
                }
            }
        }
    }

    private void checkCodesOfOtherPavilions(Pavilion pavilion, Set<String> codes, Map<String, List<String>> problems) {
        if (codes.isEmpty()) {
            return;
        }
        Booth.<Booth>list("from Booth b join fetch b.pavilion where b.code in ?1 and b.pavilion.id <> ?2", codes, pavilion.id)
                .forEach(b -> problems.computeIfAbsent(b.code, k -> new ArrayList<>()).add("code is already used in pavilion " + b.pavilion.code));
    }

    private static boolean checkNumber(List<String> wrong, String name, BigDecimal value, BigDecimal min) {
        if (value == null) {
            wrong.add(name + " is missing");
            return false;
        }
        if (value.compareTo(min) < 0 || value.compareTo(MAX_METRES) > 0) {
            wrong.add(name + " must be between " + min.toPlainString() + " and " + MAX_METRES.toPlainString() + " m");
            return false;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            wrong.add(name + " must be given to the centimetre at most");
            return false;
        }
        return true;
    }

    private FloorPlanView view(Pavilion pavilion) {
        Instant now = calendar.now();
        List<Booth> all = Booth.list("pavilion.id = ?1 order by code", pavilion.id);
        return new FloorPlanView(pavilion.code, pavilion.nameEn, pavilion.nameZh, pavilion.floorWidth, pavilion.floorDepth,
                all.stream().map(b -> booths.view(b, now)).toList());
    }
}
