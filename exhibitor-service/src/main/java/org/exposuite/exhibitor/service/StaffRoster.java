package org.exposuite.exhibitor.service;

import static org.exposuite.exhibitor.api.ExhibitorProblem.STAFF_MEMBER_NOT_FOUND;
import static org.exposuite.exhibitor.api.ExhibitorProblem.notApproved;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.exposuite.exhibitor.api.StaffMemberView;
import org.exposuite.exhibitor.api.StaffRequest;
import org.exposuite.exhibitor.api.StaffRosterView;
import org.exposuite.exhibitor.client.RefusedByService;
import org.exposuite.exhibitor.client.StaffBadge;
import org.exposuite.exhibitor.client.StaffBadgeRequest;
import org.exposuite.exhibitor.domain.Exhibitor;
import org.exposuite.exhibitor.domain.StaffMember;

/**
 * The exhibitor's staff rows, each step its own short transaction so that no lock is held while
 * registration-service is called. A reservation row (no registration id yet) counts against the allowance.
 */
@ApplicationScoped
public class StaffRoster {

    @Inject
    Clock clock;

    /** The row a badge is asked for: new (or left over by an interrupted attempt), or already issued. */
    public record Reservation(UUID memberId, boolean alreadyIssued, StaffBadgeRequest person) {
    }

    /** The exhibitor's row lock serialises reservations, so two requests cannot both take the last place. */
    @Transactional
    public Reservation reserve(UUID exhibitorId, StaffRequest request) {
        Exhibitor exhibitor = Exhibitor.application(exhibitorId, LockModeType.PESSIMISTIC_WRITE);
        if (exhibitor.state != Exhibitor.State.APPROVED) {
            throw notApproved(exhibitor.state, "Registering staff");
        }
        int allowance = exhibitor.staffAllowance();
        String email = request.email().strip();
        StaffMember member = StaffMember.<StaffMember>find("exhibitorId = ?1 and lower(email) = lower(?2)", exhibitorId, email)
                .firstResult();
        if (member == null) {
            if (StaffMember.count("exhibitorId", exhibitorId) >= allowance) {
                throw RefusedByService.staffAllowanceExhausted(allowance);
            }
            member = new StaffMember();
            member.id = UUID.randomUUID();
            member.exhibitorId = exhibitorId;
            member.email = email;
        }
        // A member whose badge is issued keeps the name on the badge.
        if (!member.badgeIssued()) {
            member.familyName = request.familyName().strip();
            member.givenName = request.givenName().strip();
            member.updatedAt = clock.instant();
            member.persist();
        }
        return new Reservation(member.id, member.badgeIssued(), new StaffBadgeRequest(exhibitor.companyNameEn, allowance,
                member.familyName, member.givenName, member.email));
    }

    /** Records the issued badge; the member comes with its badge token, or empty when the row was removed meanwhile. */
    @Transactional
    public Optional<StaffMemberView> confirm(UUID memberId, StaffBadge badge) {
        StaffMember member = StaffMember.findById(memberId, LockModeType.PESSIMISTIC_WRITE);
        if (member == null) {
            return Optional.empty();
        }
        if (!badge.registrationId().equals(member.registrationId)) {
            member.registrationId = badge.registrationId();
            member.updatedAt = clock.instant();
        }
        return Optional.of(view(member, badge.badgeToken()));
    }

    /** Drops a reservation whose badge was not issued; an issued member is never dropped here. */
    @Transactional
    public void release(UUID memberId) {
        StaffMember.delete("id = ?1 and registrationId is null", memberId);
    }

    @Transactional
    public StaffMemberView member(UUID exhibitorId, UUID memberId) {
        return StaffMember.<StaffMember>find("id = ?1 and exhibitorId = ?2", memberId, exhibitorId).firstResultOptional()
                .map(member -> view(member, null))
                .orElseThrow(STAFF_MEMBER_NOT_FOUND::problem);
    }

    /** Removes the member once its badge is revoked; false when another request changed it meanwhile. */
    @Transactional
    public boolean remove(UUID memberId, String registrationId) {
        return StaffMember.delete("id = ?1 and registrationId = ?2", memberId, registrationId) > 0;
    }

    /** Every staff row of the exhibitor, issued or still reserved. */
    @Transactional
    public List<StaffMemberView> members(UUID exhibitorId) {
        return StaffMember.<StaffMember>find("exhibitorId = ?1 order by createdAt, id", exhibitorId)
                .stream().map(member -> view(member, null)).toList();
    }

    @Transactional
    public StaffRosterView roster(UUID exhibitorId) {
        Exhibitor exhibitor = Exhibitor.application(exhibitorId, LockModeType.NONE);
        int allowance = exhibitor.state == Exhibitor.State.APPROVED ? exhibitor.staffAllowance() : 0;
        return new StaffRosterView(allowance, members(exhibitorId));
    }

    static StaffMemberView view(StaffMember member, String badgeToken) {
        return new StaffMemberView(member.id, member.registrationId, member.familyName, member.givenName, member.email, badgeToken);
    }
}
