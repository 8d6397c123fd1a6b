package org.exposuite.pavilion.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.exposuite.pavilion.api.Page;
import org.exposuite.pavilion.api.PavilionEvent;
import org.exposuite.pavilion.api.PavilionProblem;
import org.exposuite.pavilion.api.ReservationView;
import org.exposuite.pavilion.api.SessionRequest;
import org.exposuite.pavilion.api.SessionFull;
import org.exposuite.pavilion.api.SessionReopened;
import org.exposuite.pavilion.api.SessionView;
import org.exposuite.pavilion.api.SpeakerEntry;
import org.exposuite.pavilion.domain.LimitCrossing;
import org.exposuite.pavilion.domain.Session;
import org.exposuite.pavilion.domain.Speaker;
import org.exposuite.platform.badge.Badge;
import org.exposuite.platform.webhook.Events;

/** The programme: sessions on the stages of the pavilions, and the seats attendees reserve with their badge. */
@ApplicationScoped
public class SessionService {

    @Inject
    ExpoCalendar calendar;

    @Inject
    EntityManager em;

    @Inject
    Events events;

    /** A reservation and whether this request made it (false: the attendee already had the seat). */
    public record Reservation(ReservationView view, boolean created) {
    }

    @Transactional
    public Page<SessionView> programme(LocalDate day, String theme, String pavilionCode, Session.Kind kind, int page, int size) {
        SearchFilter filter = new SearchFilter()
                .when(day != null, "startsAt >= :from and startsAt < :to",
                        day == null ? null : Parameters.with("from", calendar.startOf(day)).and("to", calendar.startOf(day.plusDays(1))))
                .when(theme, "theme = :theme", "theme")
                .when(pavilionCode, "pavilion.code = :pavilion", "pavilion")
                .when(kind, "kind = :kind", "kind");
        List<Session> found = SearchFilter.pageWithPavilion(Session.find(filter.query(), Sort.by("startsAt").and("id"), filter.parameters()),
                em, Session.class, page, size);
        // the page's speakers in one more query, filled into the sessions already loaded
        if (!found.isEmpty()) {
            em.createQuery("select s from Session s left join fetch s.speakers where s in :page", Session.class)
                    .setParameter("page", found).getResultList();
        }
        return new Page<>(found.stream().map(this::view).toList(), page, size, Session.count(filter.query(), filter.parameters()));
    }

    @Transactional
    public SessionView get(long id) {
        return view(find(id));
    }

    @Transactional
    public SessionView create(SessionRequest request) {
        Session session = new Session();
        session.seatCapacity = request.seatCapacity();
        store(session, request);
        return view(session);
    }

    @Transactional
    public SessionView change(long id, SessionRequest request) {
        // Locked after the read, so the version check refuses (409) a change another organizer committed meanwhile.
        Session session = find(id);
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        // Capacity first: the guarded statement must not flush the other changes before their clash check.
        List<?> taken = em.createNativeQuery("""
                        update session set seat_capacity = :capacity where id = :id and seats_taken <= :capacity
                        returning seats_taken""")
                .setParameter("capacity", request.seatCapacity())
                .setParameter("id", id)
                .getResultList();
        if (taken.isEmpty()) {
            throw PavilionProblem.SEAT_CAPACITY_BELOW_RESERVATIONS.with(
                    "The session already has %d reserved seats; the capacity cannot be lower.", session.seatsTaken);
        }
        int oldCapacity = session.seatCapacity;
        store(session, request);
        capacityChanged(id, session.pavilion.code, ((Number) taken.get(0)).intValue(), oldCapacity, request.seatCapacity());
        em.clear();
        return view(find(id));
    }

    /** A new capacity may take the last free seat away or give a full session seats again, with nobody reserving. */
    private void capacityChanged(long id, String pavilionCode, int seatsTaken, int oldCapacity, int newCapacity) {
        announce(id, pavilionCode, LimitCrossing.of(seatsTaken, oldCapacity, seatsTaken, newCapacity), seatsTaken, newCapacity);
    }

    private void announce(long id, String pavilionCode, LimitCrossing crossing, int seatsTaken, int seatCapacity) {
        if (crossing == LimitCrossing.FULL) {
            PavilionEvent.SESSION_FULL.publish(events, id, new SessionFull(id, pavilionCode, seatCapacity));
        } else if (crossing == LimitCrossing.REOPENED) {
            PavilionEvent.SESSION_REOPENED.publish(events, id, new SessionReopened(id, pavilionCode, seatCapacity, seatCapacity - seatsTaken));
        }
    }

    @Transactional
    public void delete(long id) {
        find(id).delete();
    }

    /** One seat per attendee: a second reservation by the same badge answers the first one; never more seats than capacity. */
    @Transactional
    public Reservation reserve(long id, Badge badge) {
        Session session = find(id);
        LocalDate day = calendar.dayOf(session.startsAt);
        if (!badge.admitsOn(day)) {
            throw PavilionProblem.BADGE_NOT_VALID_FOR_DAY.with("The badge does not admit its holder on %s.", day);
        }
        Instant existing = reservedAt(id, badge.registrationId());
        if (existing != null) {
            return earlierReservation(id, badge, existing);
        }
        // fast answer for a full session; the guarded update below is the safeguard
        if (session.seatsTaken >= session.seatCapacity) {
            throw PavilionProblem.SESSION_FULL.with("Every seat of session %d is reserved.", id);
        }
        Instant now = calendar.now();
        int inserted = em.createNativeQuery("""
                        insert into session_reservation (session_id, registration_id, reserved_at) values (:id, :registration, :now)
                        on conflict (session_id, registration_id) do nothing
                        """)
                .setParameter("id", id)
                .setParameter("registration", badge.registrationId())
                .setParameter("now", now)
                .executeUpdate();
        if (inserted == 0) {
            // the same attendee reserved at the same moment in another request
            return earlierReservation(id, badge, reservedAt(id, badge.registrationId()));
        }
        // Last statement of the transaction, so the session row stays locked only until the commit.
        List<?> left = em.createNativeQuery("""
                        update session set seats_taken = seats_taken + 1
                        where id = :id and seats_taken < seat_capacity
                        returning seats_taken, seat_capacity""")
                .setParameter("id", id)
                .getResultList();
        if (left.isEmpty()) {
            throw PavilionProblem.SESSION_FULL.with("Every seat of session %d is reserved.", id);
        }
        Object[] seats = (Object[]) left.get(0);
        int taken = ((Number) seats[0]).intValue();
        int capacity = ((Number) seats[1]).intValue();
        // the guarded update hands out seats one at a time
        announce(id, session.pavilion.code, LimitCrossing.of(taken - 1, capacity, taken, capacity), taken, capacity);
        return new Reservation(new ReservationView(id, badge.registrationId(), calendar.local(now), capacity - taken), true);
    }

    private Reservation earlierReservation(long id, Badge badge, Instant reservedAt) {
        return new Reservation(new ReservationView(id, badge.registrationId(), calendar.local(reservedAt), seatsLeft(id)), false);
    }

    private Instant reservedAt(long id, String registrationId) {
        List<?> found = em.createNativeQuery(
                        "select reserved_at from session_reservation where session_id = :id and registration_id = :registration", Instant.class)
                .setParameter("id", id)
                .setParameter("registration", registrationId)
                .getResultList();
        return found.isEmpty() ? null : (Instant) found.get(0);
    }

    /** Frees the attendee's seat; nothing happens when the attendee had none. A full session with a seat free reopens. */
    @Transactional
    public void cancel(long id, Badge badge) {
        Session session = find(id);
        int deleted = em.createNativeQuery("delete from session_reservation where session_id = :id and registration_id = :registration")
                .setParameter("id", id)
                .setParameter("registration", badge.registrationId())
                .executeUpdate();
        if (deleted == 1) {
            List<?> after = em.createNativeQuery("""
                            update session set seats_taken = seats_taken - 1 where id = :id and seats_taken > 0
                            returning seats_taken, seat_capacity""")
                    .setParameter("id", id)
                    .getResultList();
            if (!after.isEmpty()) {
                // seats are freed one at a time under the row lock
                Object[] seats = (Object[]) after.get(0);
                int taken = ((Number) seats[0]).intValue();
                int capacity = ((Number) seats[1]).intValue();
                announce(id, session.pavilion.code, LimitCrossing.of(taken + 1, capacity, taken, capacity), taken, capacity);
            }
        }
    }

    private int seatsLeft(long id) {
        return ((Number) em.createNativeQuery("select seat_capacity - seats_taken from session where id = :id")
                .setParameter("id", id).getSingleResult()).intValue();
    }

    /** Writes the request into the session and stores it at once, so a clash on its stage is answered here. */
    private void store(Session session, SessionRequest request) {
        session.pavilion = PavilionService.findNotRetired(request.pavilionCode(), LockModeType.NONE);
        session.kind = request.kind();
        session.titleEn = request.titleEn();
        session.titleZh = request.titleZh();
        session.theme = request.theme();
        session.stage = request.stage();
        session.startsAt = request.startsAt().toInstant();
        session.endsAt = request.endsAt().toInstant();
        session.speakers.clear();
        if (request.speakers() != null) {
            request.speakers().forEach(s -> session.speakers.add(new Speaker(s.name(), s.affiliation())));
        }
        try {
            session.persistAndFlush();
        } catch (PersistenceException e) {
            // the stage's exclusion constraint decides, also between concurrent requests: two sessions never overlap on it
            throw PavilionProblem.STAGE_TAKEN.with("Another session is on stage '%s' at that time.", request.stage());
        }
    }

    private static Session find(long id) {
        return Session.<Session>findByIdOptional(id)
                .orElseThrow(() -> PavilionProblem.SESSION_NOT_FOUND.with("There is no session with id %d.", id));
    }

    private SessionView view(Session s) {
        List<SpeakerEntry> speakers = s.speakers.stream().map(p -> new SpeakerEntry(p.name(), p.affiliation())).toList();
        return new SessionView(s.id, s.kind.name(), s.titleEn, s.titleZh, s.theme, s.pavilion.code, s.stage,
                calendar.local(s.startsAt), calendar.local(s.endsAt), speakers, s.seatCapacity, s.seatsTaken,
                s.seatCapacity - s.seatsTaken);
    }
}
