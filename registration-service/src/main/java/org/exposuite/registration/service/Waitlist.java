package org.exposuite.registration.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.exposuite.platform.schedule.ScheduledRounds;
import org.exposuite.platform.secret.SelfServiceSecret;
import org.exposuite.registration.api.NewRegistration;
import org.exposuite.registration.api.RegistrationCreated;
import org.exposuite.registration.api.RegistrationProblem;
import org.exposuite.registration.api.WaitlistJoined;
import org.exposuite.registration.api.WaitlistView;
import org.exposuite.registration.domain.Category;
import org.exposuite.registration.domain.Registration;
import org.exposuite.registration.domain.WaitlistEntry;
import org.exposuite.registration.domain.WaitlistStatus;
import org.exposuite.registration.security.RegistrationSecrets;
import org.jboss.logging.Logger;

/**
 * The waiting list of full categories. An offer takes its places with the same guarded statements as a registration
 * when it is issued and gives them back when it expires or is declined, so registrations plus open offers never
 * exceed capacity; accepting turns the held places into a registration without taking them again.
 */
@ApplicationScoped
public class Waitlist {

    public static final String OFFER_PREFIX = "wo_";
    private static final Logger LOG = Logger.getLogger(Waitlist.class);
    private static final String ACTIVE_EMAIL_CONSTRAINT = "waitlist_entry_active_email_unique";
    private static final int BATCH = 50;
    private static final int EXPIRY_BATCH = 200;

    @Inject
    Clock clock;

    @Inject
    ExpoConfig expo;

    @Inject
    Quotas quotas;

    @Inject
    RegistrationService registrations;

    @Inject
    EntityManager entityManager;

    @Inject
    RegistrationEvents events;

    @Inject
    ScheduledRounds rounds;

    @Transactional
    public WaitlistJoined join(NewRegistration request) {
        Category category = RegistrationService.categoryOf(request);
        if (category.invitationOnly) {
            throw RegistrationProblem.WAITLIST_NOT_OFFERED.with("Category '%s' is open by invitation only and has no waiting list.", category.code);
        }
        TreeSet<LocalDate> days = registrations.chooseDays(category, RegistrationService.limitedDays(category), request.days());
        String email = request.email().trim();
        if (Registration.activeWithEmail(email)) {
            throw RegistrationProblem.ALREADY_REGISTERED.problem();
        }
        Instant now = clock.instant();
        String secret = RegistrationSecrets.newWaitlistSecret();
        WaitlistEntry entry = new WaitlistEntry();
        entry.id = UUID.randomUUID();
        entry.category = category;
        entry.status = WaitlistStatus.WAITING;
        entry.secretHash = SelfServiceSecret.hash(secret);
        entry.offerTokenHash = SelfServiceSecret.hash(offerToken(secret));
        request.enterInto(entry, email, now);
        entry.days.addAll(days);
        entry.createdAt = now;
        entry.updatedAt = now;
        RegistrationService.persistUnique(entry, ACTIVE_EMAIL_CONSTRAINT, RegistrationProblem.ALREADY_WAITING);
        // Places may be free already (nobody else waiting): the newcomer is offered them at once.
        offerFreedPlaces(category);
        entityManager.refresh(entry);
        return new WaitlistJoined(entry.id, entry.status, position(entry), secret, category.code, List.copyOf(days));
    }

    /** The entry its secret opened; the secret itself gives the offer token, which is stored only as a hash. */
    @Transactional
    public WaitlistView view(UUID entryId, String secret) {
        WaitlistEntry entry = mine(entryId, false);
        WaitlistView.Offer offer = null;
        if (entry.status == WaitlistStatus.OFFERED) {
            String token = offerToken(secret);
            offer = new WaitlistView.Offer(token, "/api/waitlist/offers/" + token + "/acceptance", entry.offerExpiresAt);
        }
        return new WaitlistView(entry.id, entry.status, entry.status == WaitlistStatus.WAITING ? position(entry) : null,
                entry.category.code, List.copyOf(new TreeSet<>(entry.days)), offer, entry.registrationId);
    }

    /** Leaving gives an open offer's places to the next person; leaving again changes nothing. */
    @Transactional
    public void leave(UUID entryId) {
        WaitlistEntry entry = mine(entryId, true);
        WaitlistStatus was = entry.status;
        if (was == WaitlistStatus.WAITING || was == WaitlistStatus.OFFERED) {
            entry.status = WaitlistStatus.LEFT;
            entry.updatedAt = clock.instant();
        }
        if (was == WaitlistStatus.OFFERED) {
            entityManager.flush();
            quotas.release(entry.category, entry.days, RegistrationService.limitedDays(entry.category));
        }
    }

    /**
     * Accepts an open offer: one guarded statement moves it from OFFERED to ACCEPTED before it expires, so of any number
     * of parallel acceptances exactly one wins, and an offer the expiry job has passed on can no longer be accepted.
     */
    @Transactional
    public RegistrationCreated accept(String offerToken) {
        if (offerToken == null || !offerToken.startsWith(OFFER_PREFIX)) {
            throw RegistrationProblem.OFFER_NOT_FOUND.problem();
        }
        String hash = SelfServiceSecret.hash(offerToken);
        Instant now = clock.instant();
        UUID registrationId = UUID.randomUUID();
        int accepted = WaitlistEntry.update("status = ?1, registrationId = ?2, updatedAt = ?3 where offerTokenHash = ?4 and status = ?5 and offerExpiresAt > ?3",
                WaitlistStatus.ACCEPTED, registrationId, now, hash, WaitlistStatus.OFFERED);
        // Read after the guarded statement, so the entry is loaded as that statement left it.
        WaitlistEntry entry = WaitlistEntry.<WaitlistEntry>find("offerTokenHash", hash).firstResultOptional()
                .filter(e -> e.status != WaitlistStatus.WAITING)
                .orElseThrow(RegistrationProblem.OFFER_NOT_FOUND::problem);
        if (accepted == 0) {
            throw RegistrationProblem.OFFER_NO_LONGER_VALID.with("This offer is no longer valid (%s).",
                    entry.status == WaitlistStatus.OFFERED ? "EXPIRED" : entry.status.name());
        }
        return register(entry, registrationId, now);
    }

    /** The registration an accepted offer becomes: its places are the ones the offer held. */
    private RegistrationCreated register(WaitlistEntry entry, UUID registrationId, Instant now) {
        if (Registration.activeWithEmail(entry.email)) {
            throw RegistrationProblem.ALREADY_REGISTERED.problem();
        }
        String secret = RegistrationSecrets.newSecret();
        Registration registration = RegistrationService.newRegistration(registrationId, entry.category, secret, entry.days, now);
        registration.copyDetailsFrom(entry);
        RegistrationService.persistActive(registration);
        return RegistrationService.created(registration, secret);
    }

    /**
     * Offers free places to the people waiting, in order of the line: each offer takes its places with the guarded
     * statements; someone whose day is full is passed over for now. Entries another transaction holds are skipped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int offerFreedPlaces(Category category) {
        Set<LocalDate> limitedDays = RegistrationService.limitedDays(category);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(expo.waitlist().offerValidity());
        int offered = 0;
        long after = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> waiting = entityManager.createNativeQuery("""
                            select id, position_sequence from waitlist_entry where category_id = ?1 and status = 'WAITING'
                            and position_sequence > ?2 order by position_sequence limit ?3 for update skip locked""")
                    .setParameter(1, category.id).setParameter(2, after).setParameter(3, BATCH).getResultList();
            if (waiting.isEmpty()) {
                return offered;
            }
            for (Object[] row : waiting) {
                WaitlistEntry entry = WaitlistEntry.findById((UUID) row[0]);
                after = ((Number) row[1]).longValue();
                Quotas.Attempt attempt = quotas.tryTake(category, entry.days, limitedDays);
                if (attempt == Quotas.Attempt.CATEGORY_FULL) {
                    return offered;
                }
                if (attempt == Quotas.Attempt.TAKEN) {
                    entry.status = WaitlistStatus.OFFERED;
                    entry.offeredAt = now;
                    entry.offerExpiresAt = expiresAt;
                    entry.updatedAt = now;
                    offered++;
                    events.offered(entry);
                    LOG.infof("waiting list entry %s of category %s offered a place until %s", entry.id, category.code, expiresAt);
                }
            }
        }
    }

    /** Offers whose time is up pass to the next person; safe on every replica at once (skip locked). */
    @Transactional
    public int expireOverdueOffers() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<UUID> overdue = entityManager.createNativeQuery("""
                        select id from waitlist_entry where status = 'OFFERED' and offer_expires_at <= ?1
                        order by offer_expires_at limit ?2 for update skip locked""", UUID.class)
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, EXPIRY_BATCH).getResultList();
        for (UUID id : overdue) {
            WaitlistEntry entry = WaitlistEntry.findById(id);
            entry.status = WaitlistStatus.EXPIRED;
            entry.updatedAt = now;
            entityManager.flush();
            quotas.release(entry.category, entry.days, RegistrationService.limitedDays(entry.category));
            LOG.infof("offer to waiting list entry %s expired; its places passed on", entry.id);
        }
        return overdue.size();
    }

    /** Places freed by anything the immediate offers missed (a lowered and raised limit, a failed offer) reach the line here. */
    public int offerFreePlacesEverywhere() {
        @SuppressWarnings("unchecked")
        List<Long> categories = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select distinct category_id from waitlist_entry where status = 'WAITING'", Long.class).getResultList());
        int offered = 0;
        for (Long categoryId : categories) {
            offered += QuarkusTransaction.requiringNew().call(() -> offerFreedPlaces(Category.findById(categoryId)));
        }
        return offered;
    }

    /**
     * Each batch of expiries and each category's offers commit on their own: a round the shutdown overtakes rolls back
     * the one in progress, whose offers are still overdue and places still free at the first round after the start.
     */
    @Scheduled(identity = "waitlist-offers", every = "${expo.waitlist.check-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void passOnOffers() {
        rounds.run(LOG, "waiting list offers", () -> {
            int expired;
            do {
                expired = expireOverdueOffers();
            } while (expired == EXPIRY_BATCH && !rounds.stopping());
            if (!rounds.stopping()) {
                offerFreePlacesEverywhere();
            }
        });
    }

    /** The offer token follows from the secret, so the database holds nothing that reveals it. */
    public static String offerToken(String secret) {
        byte[] digest = RegistrationSecrets.sha256(("offer:" + secret).getBytes(StandardCharsets.UTF_8));
        return OFFER_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private long position(WaitlistEntry entry) {
        if (entry.status != WaitlistStatus.WAITING) {
            return 0;
        }
        return WaitlistEntry.count("category = ?1 and status = ?2 and positionSequence <= ?3",
                entry.category, WaitlistStatus.WAITING, entry.positionSequence);
    }

    private WaitlistEntry mine(UUID entryId, boolean forUpdate) {
        return WaitlistEntry.<WaitlistEntry>findByIdOptional(entryId, forUpdate ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .orElseThrow(RegistrationProblem.WAITLIST_ENTRY_NOT_FOUND::problem);
    }
}
