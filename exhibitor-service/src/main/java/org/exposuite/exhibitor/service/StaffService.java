package org.exposuite.exhibitor.service;

import static org.exposuite.exhibitor.api.ExhibitorProblem.STAFF_MEMBER_BUSY;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.exposuite.exhibitor.api.StaffMemberView;
import org.exposuite.exhibitor.api.StaffRequest;
import org.exposuite.exhibitor.api.StaffRosterView;
import org.exposuite.exhibitor.client.StaffBadge;
import org.exposuite.exhibitor.client.StaffBadges;
import org.jboss.logging.Logger;

/**
 * Staff members and their exhibitor-staff badges. The place is reserved here first (within the allowance),
 * then registration-service issues the badge; if it refuses or cannot be reached the reservation is dropped,
 * so no staff member exists without a badge.
 */
@ApplicationScoped
public class StaffService {

    private static final Logger LOG = Logger.getLogger(StaffService.class);

    @Inject
    StaffRoster roster;

    @Inject
    StaffBadges badges;

    /** The member with its badge token; {@code created} is false when the same e-mail was registered before. */
    public record Registered(StaffMemberView member, boolean created) {
    }

    public Registered register(UUID exhibitorId, StaffRequest request) {
        StaffRoster.Reservation reservation = roster.reserve(exhibitorId, request);
        StaffBadge badge;
        try {
            badge = badges.issue(exhibitorId.toString(), reservation.person());
        } catch (RuntimeException e) {
            if (!reservation.alreadyIssued()) {
                releaseAfterFailure(reservation.memberId());
            }
            throw e;
        }
        Optional<StaffMemberView> confirmed = roster.confirm(reservation.memberId(), badge);
        if (confirmed.isEmpty()) {
            revokeQuietly(exhibitorId, badge.registrationId());
            throw STAFF_MEMBER_BUSY.with("Another request for the same person failed meanwhile and dropped the "
                    + "registration; register the person again.");
        }
        return new Registered(confirmed.get(), !reservation.alreadyIssued());
    }

    public StaffRosterView roster(UUID exhibitorId) {
        return roster.roster(exhibitorId);
    }

    /** Revokes the badge first: when registration-service cannot do it, the member stays (503). */
    public void remove(UUID exhibitorId, UUID memberId) {
        StaffMemberView member = roster.member(exhibitorId, memberId);
        if (member.registrationId() == null) {
            throw STAFF_MEMBER_BUSY.with("The badge of this staff member is still being issued; register the "
                    + "person again to finish, then remove them.");
        }
        revokeAndRemove(exhibitorId, member);
    }

    /**
     * Withdraws every staff member of the exhibitor: each badge is revoked first (idempotent; 404 counts as revoked)
     * and its row deleted only after that succeeded, so when registration-service cannot be reached (503) the
     * remaining members stay and a retry finishes. A reservation whose badge is still being issued is dropped; the
     * request issuing it then finds no row and revokes the badge it obtained.
     */
    public void removeAll(UUID exhibitorId) {
        for (StaffMemberView member : roster.members(exhibitorId)) {
            if (member.registrationId() == null) {
                roster.release(member.id());
                continue;
            }
            revokeAndRemove(exhibitorId, member);
        }
    }

    private void revokeAndRemove(UUID exhibitorId, StaffMemberView member) {
        badges.revoke(exhibitorId.toString(), member.registrationId());
        if (!roster.remove(member.id(), member.registrationId())) {
            LOG.infof("staff member %s of exhibitor %s was changed while its badge was revoked", member.id(), exhibitorId);
        }
    }

    private void releaseAfterFailure(UUID memberId) {
        try {
            roster.release(memberId);
        } catch (RuntimeException e) {
            LOG.errorf("staff member reservation %s could not be dropped after the badge was refused (%s); "
                    + "registering the same person again completes or drops it", memberId, e.toString());
        }
    }

    private void revokeQuietly(UUID exhibitorId, String registrationId) {
        try {
            badges.revoke(exhibitorId.toString(), registrationId);
        } catch (RuntimeException e) {
            LOG.errorf("staff badge %s of exhibitor %s is issued without a staff member here, and revoking it failed (%s)",
                    registrationId, exhibitorId, e.toString());
        }
    }
}
