package org.exposuite.pavilion.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.exposuite.pavilion.api.BoothChangeView;
import org.exposuite.pavilion.api.BoothExhibitor;
import org.exposuite.pavilion.api.BoothView;
import org.exposuite.pavilion.api.MoveResult;
import org.exposuite.pavilion.api.Page;
import org.exposuite.pavilion.api.PavilionEvent;
import org.exposuite.pavilion.api.PavilionProblem;
import org.exposuite.pavilion.domain.Booth;
import org.exposuite.pavilion.domain.BoothChange;
import org.exposuite.platform.schedule.ScheduledRounds;
import org.exposuite.platform.webhook.Events;
import org.jboss.logging.Logger;

/**
 * The booth lifecycle: free → held (expires by itself) → assigned → free.
 * Every change is one guarded statement that also records the change, so a booth never has two exhibitors.
 */
@ApplicationScoped
public class BoothService {

    private static final Logger LOG = Logger.getLogger(BoothService.class);

    static final String SYSTEM_ACTOR = "hold-expiry";

    // Locks the row, changes it only when the guard holds, and records the change with the status it had before;
    // answers that status, the exhibitor it had and its pavilion (no row: nothing changed).
    private static final String TRANSITION = """
            with before as (
                select b.id, b.status, b.held_until, b.exhibitor_id, p.code as pavilion_code
                from booth b join pavilion p on p.id = b.pavilion_id
                where b.code = :code for update of b
            ), changed as (
                update booth b set %s, version = b.version + 1
                from before
                where b.id = before.id and (%s)
                returning b.id, before.status as from_status, before.held_until as from_held_until,
                          before.exhibitor_id as from_exhibitor, before.pavilion_code
            ), recorded as (
                insert into booth_change (booth_id, changed_at, changed_by, action, from_status, to_status, exhibitor_id, exhibitor_name)
                select id, cast(:now as timestamptz), cast(:actor as varchar), cast(:action as varchar),
                       case when from_status = 'HELD' and from_held_until < :now then 'FREE' else from_status end,
                       cast(:toStatus as varchar), nullif(cast(:exhibitor as varchar), ''), nullif(cast(:name as varchar), '')
                from changed
            )
            select from_status, from_exhibitor, pavilion_code from changed
            """;

    /** What a booth was before a transition changed it: its stored status, its exhibitor, and its pavilion. */
    private record Changed(Booth.Status from, String exhibitorId, String pavilionCode) {
    }

    // what a transition writes to give a booth to an exhibitor, or to free it
    private static final String TO_ASSIGNED = "status = 'ASSIGNED', exhibitor_id = :exhibitor, exhibitor_name = :name, held_until = null";
    private static final String TO_FREE = "status = 'FREE', exhibitor_id = null, exhibitor_name = null, held_until = null";

    private static final String TAKE_GUARD =
            "b.status = 'FREE' or (b.status = 'HELD' and (b.held_until < :now or b.exhibitor_id = :exhibitor))";

    @Inject
    ExpoCalendar calendar;

    @Inject
    EntityManager em;

    @Inject
    Events events;

    @Inject
    ScheduledRounds rounds;

    @Transactional
    public BoothView get(String code) {
        return view(find(code), calendar.now());
    }

    @Transactional
    public Page<BoothView> search(String pavilionCode, Booth.Status status, Booth.Type type,
                                  BigDecimal minArea, BigDecimal maxArea, int page, int size) {
        Instant now = calendar.now();
        SearchFilter filter = new SearchFilter()
                .when(pavilionCode, "pavilion.code = :pavilion", "pavilion")
                .when(status == Booth.Status.FREE, "(status = :free or (status = :held and heldUntil < :now))",
                        Parameters.with("free", Booth.Status.FREE).and("held", Booth.Status.HELD).and("now", now))
                .when(status == Booth.Status.HELD, "status = :held and heldUntil >= :now",
                        Parameters.with("held", Booth.Status.HELD).and("now", now))
                .when(status == Booth.Status.ASSIGNED, "status = :assigned", Parameters.with("assigned", Booth.Status.ASSIGNED))
                .when(type, "type = :type", "type")
                .when(minArea, "area >= :minArea", "minArea")
                .when(maxArea, "area <= :maxArea", "maxArea");
        List<Booth> found = SearchFilter.pageWithPavilion(Booth.find(filter.query(), Sort.by("code"), filter.parameters()),
                em, Booth.class, page, size);
        return new Page<>(found.stream().map(b -> view(b, now)).toList(), page, size, Booth.count(filter.query(), filter.parameters()));
    }

    @Transactional
    public List<BoothChangeView> history(String code) {
        Booth booth = find(code);
        return BoothChange.<BoothChange>list("boothId = ?1 order by changedAt, id", booth.id).stream()
                .map(c -> new BoothChangeView(calendar.local(c.changedAt), c.changedBy, c.action.name(),
                        c.fromStatus.name(), c.toStatus.name(), c.exhibitorId, c.exhibitorName))
                .toList();
    }

    /**
     * Assigns the booth; idempotent for the same exhibitor, refused while another exhibitor holds or has it. Undone when
     * the caller's deadline (if any) has passed once the booth is taken: the caller has given up waiting and told its user
     * that nothing changed. A request that sat unread while this service hung is therefore never applied late.
     */
    @Transactional
    public BoothView assign(String code, String exhibitorId, String exhibitorName, String actor, Instant deadline) {
        Optional<Changed> changed = transition(code, BoothChange.Action.ASSIGN, Booth.Status.ASSIGNED,
                TO_ASSIGNED, TAKE_GUARD, exhibitorId, exhibitorName, null, actor);
        Booth booth = find(code);
        if (changed.isEmpty() && !(booth.status == Booth.Status.ASSIGNED && exhibitorId.equals(booth.exhibitorId))) {
            throw boothTaken(code);
        }
        // A repeated assignment changed nothing and tells nobody again.
        changed.ifPresent(c -> publish(PavilionEvent.BOOTH_ASSIGNED, code, c.pavilionCode(), exhibitorId));
        // the real clock, not the expo's (which may stand still on a demo day): the deadline is the caller's real time
        if (deadline != null && Instant.now().isAfter(deadline)) {
            LOG.warnf("assignment of booth %s arrived after its deadline %s; not applied", code, deadline);
            throw PavilionProblem.DEADLINE_PASSED.with("The deadline %s passed before booth '%s' could be assigned; nothing was changed.",
                    deadline, code);
        }
        return view(booth, calendar.now());
    }

    /** Frees the booth; idempotent when it is already free. Without an exhibitor id (organizers only) it frees whoever has it. */
    @Transactional
    public void vacate(String code, String exhibitorId, String actor) {
        String guard = "b.status <> 'FREE' and not (b.status = 'HELD' and b.held_until < :now)"
                + (exhibitorId == null ? "" : " and b.exhibitor_id = :exhibitor");
        Optional<Changed> changed = transition(code, BoothChange.Action.VACATE, Booth.Status.FREE,
                TO_FREE, guard, exhibitorId, null, null, actor);
        if (changed.isEmpty()) {
            Booth booth = find(code);
            if (booth.statusAt(calendar.now()) != Booth.Status.FREE) {
                throw boothTaken(code);
            }
        }
        // Releasing a hold ends no assignment: only a booth that was assigned is reported vacated.
        changed.filter(c -> c.from() == Booth.Status.ASSIGNED)
                .ifPresent(c -> publish(PavilionEvent.BOOTH_VACATED, code, c.pavilionCode(), c.exhibitorId()));
    }

    /** Keeps a free booth for an exhibitor for some minutes; the same exhibitor may extend its hold. */
    @Transactional
    public BoothView hold(String code, String exhibitorId, String exhibitorName, int minutes, String actor) {
        Instant until = calendar.now().plus(Duration.ofMinutes(minutes));
        Optional<Changed> changed = transition(code, BoothChange.Action.HOLD, Booth.Status.HELD,
                "status = 'HELD', exhibitor_id = :exhibitor, exhibitor_name = nullif(cast(:name as varchar), ''), held_until = :heldUntil",
                TAKE_GUARD, exhibitorId, exhibitorName, until, actor);
        Booth booth = find(code);
        if (changed.isEmpty()) {
            throw boothTaken(code);
        }
        return view(booth, calendar.now());
    }

    /** Moves an exhibitor between booths in one transaction: the new booth is taken and the old one freed, or neither. */
    @Transactional
    public MoveResult move(String exhibitorId, String fromCode, String toCode, String actor) {
        lockInOrder(fromCode, toCode);
        Booth from = find(fromCode);
        Booth to = find(toCode);
        Instant now = calendar.now();
        boolean onFrom = from.status == Booth.Status.ASSIGNED && exhibitorId.equals(from.exhibitorId);
        boolean onTo = to.status == Booth.Status.ASSIGNED && exhibitorId.equals(to.exhibitorId);
        if (!onFrom) {
            if (onTo) {
                return new MoveResult(view(from, now), view(to, now)); // the same move again
            }
            throw PavilionProblem.BOOTH_NOT_ASSIGNED.with("Booth '%s' is not assigned to exhibitor '%s'.", fromCode, exhibitorId);
        }
        if (fromCode.equals(toCode)) {
            return new MoveResult(view(from, now), view(to, now));
        }
        String name = from.exhibitorName;
        Optional<Changed> taken = transition(toCode, BoothChange.Action.MOVE_IN, Booth.Status.ASSIGNED,
                TO_ASSIGNED, TAKE_GUARD, exhibitorId, name, null, actor);
        if (taken.isEmpty()) {
            throw boothTaken(toCode);
        }
        Optional<Changed> left = transition(fromCode, BoothChange.Action.MOVE_OUT, Booth.Status.FREE,
                TO_FREE, "b.status = 'ASSIGNED' and b.exhibitor_id = :exhibitor", exhibitorId, name, null, actor);
        // Both booths are locked, so the old one is still the exhibitor's: it leaves it, then takes the new one.
        left.ifPresent(c -> publish(PavilionEvent.BOOTH_VACATED, fromCode, c.pavilionCode(), exhibitorId));
        publish(PavilionEvent.BOOTH_ASSIGNED, toCode, taken.get().pavilionCode(), exhibitorId);
        return new MoveResult(view(find(fromCode), now), view(find(toCode), now));
    }

    /**
     * One transaction: a sweep the shutdown overtakes rolls back whole, and the holds it did not free are still expired
     * (reads already treat them as free) when the first sweep after the start frees them.
     */
    @Scheduled(identity = "booth-hold-sweep", every = "${expo.booth.hold-sweep-interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void expireHoldsOnSchedule() {
        rounds.run(LOG, "booth hold sweep", this::expireHolds);
    }

    /**
     * Sweeps expired holds back to free; reads already treat them as free, this keeps the rows and the history tidy.
     * Safe when several replicas run it at once (skip locked) and when a read got there first.
     */
    @Transactional
    public void expireHolds() {
        int freed = em.createNativeQuery("""
                with expired as (
                    select id, exhibitor_id, exhibitor_name from booth
                    where status = 'HELD' and held_until < :now
                    for update skip locked
                ), freed as (
                    update booth b set status = 'FREE', exhibitor_id = null, exhibitor_name = null, held_until = null,
                                       version = b.version + 1
                    from expired
                    where b.id = expired.id and b.status = 'HELD' and b.held_until < :now
                    returning b.id, expired.exhibitor_id, expired.exhibitor_name
                )
                insert into booth_change (booth_id, changed_at, changed_by, action, from_status, to_status, exhibitor_id, exhibitor_name)
                select id, cast(:now as timestamptz), cast(:actor as varchar), 'EXPIRE', 'HELD', 'FREE', exhibitor_id, exhibitor_name
                from freed
                """)
                .setParameter("now", calendar.now())
                .setParameter("actor", SYSTEM_ACTOR)
                .executeUpdate();
        if (freed > 0) {
            LOG.infof("%d expired booth hold(s) freed", freed);
        }
    }

    private Optional<Changed> transition(String code, BoothChange.Action action, Booth.Status to, String set, String guard,
                                         String exhibitorId, String exhibitorName, Instant heldUntil, String actor) {
        String sql = TRANSITION.formatted(set, guard);
        Query query = em.createNativeQuery(sql)
                .setParameter("code", code)
                .setParameter("now", calendar.now())
                .setParameter("actor", actor)
                .setParameter("action", action.name())
                .setParameter("toStatus", to.name())
                // empty strings stand for null, which a native query cannot bind without a type
                .setParameter("exhibitor", exhibitorId == null ? "" : exhibitorId)
                .setParameter("name", exhibitorName == null ? "" : exhibitorName);
        if (sql.contains(":heldUntil")) {
            query.setParameter("heldUntil", heldUntil);
        }
        List<?> changed = query.getResultList();
        em.clear(); // the statement changed rows behind the persistence context
        return changed.stream().map(row -> (Object[]) row)
                .map(row -> new Changed(Booth.Status.valueOf((String) row[0]), (String) row[1], (String) row[2]))
                .findFirst();
    }

    private void publish(PavilionEvent event, String boothCode, String pavilionCode, String exhibitorId) {
        event.publish(events, boothCode, new BoothExhibitor(boothCode, pavilionCode, exhibitorId));
    }

    private void lockInOrder(String... codes) {
        List<?> locked = em.createNativeQuery("select id from booth where code in (:codes) order by code for update")
                .setParameter("codes", List.of(codes))
                .getResultList();
        if (locked.size() < (int) java.util.Arrays.stream(codes).distinct().count()) {
            for (String code : codes) {
                find(code);
            }
        }
    }

    /** A booth never has two exhibitors: it is held by or assigned to someone else. */
    private static HttpProblem boothTaken(String code) {
        return PavilionProblem.BOOTH_TAKEN.with("Booth '%s' is held by or assigned to another exhibitor.", code);
    }

    static Booth find(String code) {
        return Booth.<Booth>find("code", code).firstResultOptional()
                .orElseThrow(() -> PavilionProblem.BOOTH_NOT_FOUND.with("There is no booth with code '%s'.", code));
    }

    public BoothView view(Booth b, Instant now) {
        boolean expired = b.holdExpired(now);
        return new BoothView(b.code, b.pavilion.code, b.type.name(), b.x, b.y, b.width, b.depth, b.areaM2(), b.priceClass,
                b.statusAt(now).name(), expired ? null : b.exhibitorId, expired ? null : b.exhibitorName,
                expired ? null : calendar.local(b.heldUntil));
    }
}
