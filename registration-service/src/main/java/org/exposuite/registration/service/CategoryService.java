package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.exposuite.registration.api.CategoryRequest.CategoryDayRequest;
import org.exposuite.registration.api.CategoryRequest;
import org.exposuite.registration.api.CategoryView;
import org.exposuite.registration.api.InvitationRequest;
import org.exposuite.registration.api.InvitationView;
import org.exposuite.registration.api.RegistrationProblem;
import org.exposuite.registration.domain.Category;
import org.exposuite.registration.domain.CategoryDay;
import org.exposuite.registration.domain.InvitationCode;

/** Managing and listing registration categories, their per-day limits and invitation codes. */
@ApplicationScoped
public class CategoryService {

    @Inject
    Clock clock;

    @Inject
    ExpoConfig expo;

    @Inject
    OrganizerAudit audit;

    @Inject
    Waitlist waitlist;

    @Inject
    Event<CategoryCatalog.CategoryChanged> changed;

    /** The categories on sale now, with the places that remain. */
    @Transactional
    public List<CategoryView> listOnSale() {
        Instant now = clock.instant();
        Map<Long, List<CategoryDay>> days = CategoryDay.<CategoryDay>listAll().stream()
                .collect(Collectors.groupingBy(d -> d.categoryId));
        return Category.<Category>list("order by code").stream()
                .filter(c -> c.onSaleAt(now))
                .map(c -> view(c, days.getOrDefault(c.id, List.of()), now))
                .toList();
    }

    @Transactional
    public CategoryView get(String code) {
        Category category = Category.findByCode(code).orElseThrow(() -> notFound(code));
        return view(category, CategoryDay.ofCategory(category.id), clock.instant());
    }

    @Transactional
    public CategoryView create(CategoryRequest request, String actor) {
        if (Category.findByCode(request.code()).isPresent()) {
            throw RegistrationProblem.CATEGORY_CODE_TAKEN.with("A category with code '%s' already exists.", request.code());
        }
        Map<LocalDate, Integer> dayCapacities = dayCapacities(request);
        Category category = new Category();
        category.capacity = request.capacity();
        apply(category, request);
        category.persistAndFlush();
        dayCapacities.forEach((day, capacity) -> addDay(category, day, capacity));
        changed.fire(new CategoryCatalog.CategoryChanged());
        audit.record(actor, "CATEGORY_CREATED", null, category.code,
                "capacity " + category.capacity + ", days " + dayCapacities);
        return reloaded(category.id);
    }

    /**
     * Changes a category. Capacities may be raised freely and lowered only down to the places already taken
     * (one guarded statement each); a day may be removed only while nobody holds a place on it.
     */
    @Transactional
    public CategoryView update(String code, CategoryRequest request, String actor) {
        Category category = Category.<Category>find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> notFound(code));
        if (!code.equals(request.code()) && Category.findByCode(request.code()).isPresent()) {
            throw RegistrationProblem.CATEGORY_CODE_TAKEN.with("A category with code '%s' already exists.", request.code());
        }
        Map<LocalDate, Integer> requestedDays = dayCapacities(request);
        if (Category.update("capacity = ?1 where id = ?2 and taken <= ?1", request.capacity(), category.id) == 0) {
            throw capacityBelowTaken("category " + code, request.capacity());
        }
        Set<LocalDate> existing = new HashSet<>();
        for (CategoryDay limit : CategoryDay.ofCategory(category.id)) {
            existing.add(limit.day);
            Integer capacity = requestedDays.get(limit.day);
            if (capacity == null) {
                if (CategoryDay.delete("categoryId = ?1 and day = ?2 and taken = 0", category.id, limit.day) == 0) {
                    throw RegistrationProblem.DAY_IN_USE.builder("Places are taken on %s; lower its capacity instead of removing it.", limit.day)
                            .with("day", limit.day.toString()).build();
                }
            } else if (CategoryDay.update("capacity = ?1 where categoryId = ?2 and day = ?3 and taken <= ?1",
                    capacity, category.id, limit.day) == 0) {
                throw capacityBelowTaken("category " + code + " on " + limit.day, capacity);
            }
        }
        requestedDays.forEach((day, capacity) -> {
            if (!existing.contains(day)) {
                addDay(category, day, capacity);
            }
        });
        apply(category, request);
        changed.fire(new CategoryCatalog.CategoryChanged());
        // Raised capacities go to the people waiting first.
        waitlist.offerFreedPlaces(category);
        audit.record(actor, "CATEGORY_CHANGED", null, category.code,
                "capacity " + request.capacity() + ", days " + requestedDays + (code.equals(category.code) ? "" : ", was " + code));
        return reloaded(category.id);
    }

    @Transactional
    public InvitationView createInvitation(String categoryCode, InvitationRequest request, String actor) {
        Category category = Category.findByCode(categoryCode).orElseThrow(() -> notFound(categoryCode));
        if (InvitationCode.find(category.id, request.code()).isPresent()) {
            throw RegistrationProblem.INVITATION_CODE_TAKEN.with("The invitation code '%s' already exists for this category.", request.code());
        }
        InvitationCode invitation = new InvitationCode();
        invitation.categoryId = category.id;
        invitation.code = request.code();
        invitation.maxUses = request.uses();
        invitation.persist();
        audit.record(actor, "INVITATION_CREATED", null, category.code, "code " + request.code() + ", uses " + request.uses());
        return new InvitationView(invitation.code, invitation.maxUses, 0);
    }

    @Transactional
    public List<InvitationView> invitations(String categoryCode) {
        Category category = Category.findByCode(categoryCode).orElseThrow(() -> notFound(categoryCode));
        return InvitationCode.<InvitationCode>list("categoryId = ?1 order by code", category.id).stream()
                .map(i -> new InvitationView(i.code, i.maxUses, i.uses))
                .toList();
    }

    private void apply(Category category, CategoryRequest request) {
        category.code = request.code();
        category.nameEn = request.nameEn();
        category.nameZh = request.nameZh();
        category.description = request.description();
        category.approvalRequired = request.approvalRequired();
        category.invitationOnly = request.invitationOnly();
        category.allDays = request.allDays();
        category.salesOpenAt = request.salesOpenAt();
        category.salesCloseAt = request.salesCloseAt();
        category.updatedAt = clock.instant();
    }

    /** Each requested day must be a day of the expo and appear once. */
    private Map<LocalDate, Integer> dayCapacities(CategoryRequest request) {
        Map<LocalDate, Integer> capacities = new TreeMap<>();
        if (request.days() == null) {
            return capacities;
        }
        for (CategoryDayRequest day : request.days()) {
            if (!expo.days().contains(day.day())) {
                throw invalidDays("%s is not a day of the expo %s.", day.day(), expo.days());
            }
            if (capacities.put(day.day(), day.capacity()) != null) {
                throw invalidDays("%s is named more than once.", day.day());
            }
        }
        return capacities;
    }

    private static void addDay(Category category, LocalDate day, int capacity) {
        CategoryDay limit = new CategoryDay();
        limit.categoryId = category.id;
        limit.day = day;
        limit.capacity = capacity;
        limit.persist();
    }

    private static HttpProblem notFound(String code) {
        return RegistrationProblem.CATEGORY_NOT_FOUND.with("There is no category with code '%s'.", code);
    }

    /** Capacity may be lowered only down to the places already taken. */
    private static HttpProblem capacityBelowTaken(String what, int requested) {
        return RegistrationProblem.CAPACITY_BELOW_TAKEN.with("The capacity of %s cannot be lowered to %s: more places are already taken.",
                what, requested);
    }

    private static HttpProblem invalidDays(String detail, Object... arguments) {
        return RegistrationProblem.INVALID_CATEGORY_DAYS.builder(detail, arguments).with("field", "days").build();
    }

    /** Guarded statements bypass the loaded entities; read the rows afresh. */
    private CategoryView reloaded(long categoryId) {
        Panache.getEntityManager().flush();
        Panache.getEntityManager().clear();
        Category category = Category.findById(categoryId);
        return view(category, CategoryDay.ofCategory(categoryId), clock.instant());
    }

    private CategoryView view(Category c, List<CategoryDay> limits, Instant now) {
        List<CategoryView.DayView> days = limits.isEmpty()
                ? expo.days().stream().map(d -> new CategoryView.DayView(d, c.capacity, c.capacity - c.taken)).toList()
                : limits.stream().map(d -> new CategoryView.DayView(d.day, d.capacity, d.capacity - d.taken)).toList();
        return new CategoryView(c.code, c.nameEn, c.nameZh, c.description, c.capacity, c.capacity - c.taken,
                c.approvalRequired, c.invitationOnly, c.salesOpenAt, c.salesCloseAt, c.onSaleAt(now), c.allDays, days);
    }
}
