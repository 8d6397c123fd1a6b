package org.exposuite.exhibitor.service;

import static org.exposuite.exhibitor.api.ExhibitorProblem.APPLICATION_NOT_FOUND;
import static org.exposuite.exhibitor.api.ExhibitorProblem.invalidTransition;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.exposuite.exhibitor.api.ExhibitorEvent;
import org.exposuite.exhibitor.domain.Exhibitor.State;
import org.exposuite.exhibitor.domain.Exhibitor;
import org.exposuite.exhibitor.domain.ReviewAction;
import org.exposuite.exhibitor.domain.StaffMember;
import org.exposuite.platform.webhook.Events;

/** Moves applications between states, each move one guarded statement, and records it with its webhook event. */
@ApplicationScoped
public class ApplicationLifecycle {

    @Inject
    Clock clock;

    @Inject
    Events events;

    /** What a transition needs to know of the application before it starts. */
    public record Snapshot(UUID id, State state, String companyNameEn, String companyNameZh, String boothCode,
                           String pavilionCode) {
    }

    /**
     * A change of state, with the columns it sets besides the state, and the body of the webhook event it writes
     * (a record of the api package: what organizers' receivers read).
     */
    public record Move(State to, ReviewAction.Action action, String actor, String reason, String boothCode,
                       Map<String, Object> changes, Object event) {

        public Move {
            changes = new LinkedHashMap<>(changes);
        }
    }

    /** The moment of a decision as the database stores it (microseconds), so its event and the application tell the same time. */
    static Instant decisionTime(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional
    public Snapshot snapshot(UUID id) {
        return Exhibitor.find("id", id).project(Snapshot.class).firstResultOptional()
                .orElseThrow(APPLICATION_NOT_FOUND::problem);
    }

    /** Refuses early a move the table does not allow, before any other service is asked to do its part. */
    public void check(Snapshot application, State to) {
        if (!application.state().canMoveTo(to)) {
            throw invalidTransition(application.state(), to);
        }
    }

    /**
     * Moves the application from the state the caller saw to {@code move.to()}: the update only takes
     * effect while the row is still in that state, so concurrent moves cannot both win.
     */
    @Transactional
    public void move(UUID id, State from, Move move) {
        if (!from.canMoveTo(move.to())) {
            throw invalidTransition(from, move.to());
        }
        Instant now = clock.instant();
        StringBuilder set = new StringBuilder("state = :to, updatedAt = :now, version = version + 1");
        Parameters parameters = Parameters.with("to", move.to()).and("now", now).and("id", id).and("from", from);
        // Column names come from this service's code, never from a request.
        move.changes().forEach((field, value) -> {
            set.append(", ").append(field).append(" = :").append(field);
            parameters.and(field, value);
        });
        int moved = Exhibitor.update(set + " where id = :id and state = :from", parameters);
        if (moved == 0) {
            throw invalidTransition(Exhibitor.application(id, LockModeType.NONE).state, move.to());
        }
        ReviewAction record = new ReviewAction();
        record.exhibitorId = id;
        record.action = move.action();
        record.actor = move.actor();
        record.fromState = from;
        record.toState = move.to();
        record.boothCode = move.boothCode();
        record.reason = move.reason();
        record.actedAt = now;
        record.persist();
        events.publish(eventOf(move.action()).type(), ExhibitorEvent.subject(id), move.event());
    }

    /**
     * Like {@link #move}, but only while the exhibitor has no staff rows left: the exhibitor's row lock is the one
     * staff reservations take, so no staff member can be registered between the check and the move.
     *
     * @return false (nothing changed) when staff members are still there
     */
    @Transactional
    public boolean moveWithoutStaff(UUID id, State from, Move move) {
        Exhibitor.application(id, LockModeType.PESSIMISTIC_WRITE);
        if (StaffMember.count("exhibitorId", id) > 0) {
            return false;
        }
        move(id, from, move);
        return true;
    }

    private static ExhibitorEvent eventOf(ReviewAction.Action action) {
        return switch (action) {
            case SUBMIT -> ExhibitorEvent.SUBMITTED;
            case APPROVE -> ExhibitorEvent.APPROVED;
            case REJECT -> ExhibitorEvent.REJECTED;
            case WITHDRAW -> ExhibitorEvent.WITHDRAWN;
        };
    }
}
