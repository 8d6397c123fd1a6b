package org.exposuite.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.exposuite.registration.api.RegistrationProblem;
import org.exposuite.registration.api.SharedContact;
import org.exposuite.registration.api.StaffBadge;
import org.exposuite.registration.api.StaffMemberRequest;
import org.exposuite.registration.domain.Category;
import org.exposuite.registration.domain.Registration;
import org.exposuite.registration.domain.RegistrationStatus;
import org.exposuite.registration.security.RegistrationSecrets;

/**
 * Exhibitor staff badges, issued at exhibitor-service's request: one per exhibitor and e-mail address, within the
 * exhibitor's allowance (a guarded update), in the staff category (which organizers create; it must exist).
 */
@ApplicationScoped
public class StaffBadges {

    @Inject
    Clock clock;

    @Inject
    ExpoConfig expo;

    @Inject
    Quotas quotas;

    @Inject
    Badges badges;

    @Inject
    RegistrationService registrations;

    @Inject
    EntityManager entityManager;

    /** The badge and whether it was issued just now (false: the member had one already). */
    public record Issued(StaffBadge badge, boolean created) {
    }

    @Transactional
    public Issued addMember(String exhibitorId, StaffMemberRequest request) {
        Category category = Category.findByCode(expo.staff().category())
                .orElseThrow(() -> RegistrationProblem.STAFF_CATEGORY_MISSING.with(
                        "The exhibitor staff category '%s' does not exist; organizers must create it first.", expo.staff().category()));
        String email = request.email().trim();
        // Locks the exhibitor's allowance row: its requests run one after the other, so the repeat check below is exact.
        entityManager.createNativeQuery("""
                        insert into staff_allowance (exhibitor_id, exhibitor_name, allowance) values (?1, ?2, ?3)
                        on conflict (exhibitor_id) do update set exhibitor_name = excluded.exhibitor_name, allowance = excluded.allowance""")
                .setParameter(1, exhibitorId).setParameter(2, request.exhibitorName().trim()).setParameter(3, request.allowance())
                .executeUpdate();
        Optional<Registration> existing = Registration.find("exhibitorId = ?1 and lower(email) = lower(?2) and status in ?3",
                exhibitorId, email, RegistrationStatus.ACTIVE).firstResultOptional();
        if (existing.isPresent()) {
            return new Issued(new StaffBadge(existing.get().id, badges.badge(existing.get()).token()), false);
        }
        int taken = entityManager.createNativeQuery("update staff_allowance set used = used + 1 where exhibitor_id = ?1 and used < allowance")
                .setParameter(1, exhibitorId).executeUpdate();
        if (taken == 0) {
            throw RegistrationProblem.STAFF_ALLOWANCE_EXHAUSTED.with("Exhibitor '%s' has used all %s staff badges of its allowance.",
                    exhibitorId, request.allowance());
        }
        Set<LocalDate> limitedDays = RegistrationService.limitedDays(category);
        TreeSet<LocalDate> days = new TreeSet<>(limitedDays.isEmpty() ? expo.days() : limitedDays);
        Instant now = clock.instant();
        // Staff manage nothing themselves: their exhibitor does; the secret is never handed out.
        Registration registration = RegistrationService.newRegistration(UUID.randomUUID(), category, RegistrationSecrets.newSecret(),
                days, now);
        registration.status = RegistrationStatus.CONFIRMED;
        registration.enterDetails(request.familyName(), request.givenName(), null, email, null, request.exhibitorName(), null, null,
                null, false, now);
        registration.exhibitorId = exhibitorId;
        registration.exhibitorName = request.exhibitorName().trim();
        registration.persistAndFlush();
        quotas.take(category, days, limitedDays);
        return new Issued(new StaffBadge(registration.id, badges.badge(registration).token()), true);
    }

    /** Withdraws the badge and gives the place back to the allowance; removing again changes nothing. */
    @Transactional
    public void removeMember(String exhibitorId, UUID registrationId) {
        Registration registration = Registration.<Registration>findByIdOptional(registrationId, LockModeType.PESSIMISTIC_WRITE)
                .filter(r -> exhibitorId.equals(r.exhibitorId))
                .orElseThrow(RegistrationProblem.REGISTRATION_NOT_FOUND::problem);
        if (!registration.status.isActive()) {
            return;
        }
        // The allowance before the places, in the order adding a member takes them, so the two never wait on each other.
        entityManager.createNativeQuery("update staff_allowance set used = used - 1 where exhibitor_id = ?1 and used > 0")
                .setParameter(1, exhibitorId).executeUpdate();
        registrations.end(registration, RegistrationStatus.CANCELLED, "Withdrawn by the exhibitor");
    }

    /** Contact details for an exhibitor's lead, only with the attendee's consent; otherwise the same 404 as an unknown id. */
    @Transactional
    public SharedContact sharedContact(UUID registrationId) {
        return Registration.<Registration>findByIdOptional(registrationId)
                .filter(r -> r.shareContactWithExhibitors && r.status != RegistrationStatus.ERASED)
                .map(r -> new SharedContact(r.familyName, r.givenName, r.latinName, r.email, r.phone, r.organization, r.jobTitle, r.country))
                .orElseThrow(RegistrationProblem.REGISTRATION_NOT_FOUND::problem);
    }
}
