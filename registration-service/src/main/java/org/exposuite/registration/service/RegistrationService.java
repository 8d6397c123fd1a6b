package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exposuite.platform.idempotency.IdempotencyKeys;
import org.exposuite.platform.idempotency.IdempotentAnswer;
import org.exposuite.platform.idempotency.IdempotentOperation;
import org.exposuite.platform.problem.ProblemType;
import org.exposuite.platform.secret.SelfServiceSecret;
import org.exposuite.registration.api.NewRegistration;
import org.exposuite.registration.api.PersonalDataExport;
import org.exposuite.registration.api.RegistrationChange;
import org.exposuite.registration.api.RegistrationCreated;
import org.exposuite.registration.api.RegistrationProblem;
import org.exposuite.registration.api.RegistrationView;
import org.exposuite.registration.domain.Category;
import org.exposuite.registration.domain.CategoryDay;
import org.exposuite.registration.domain.InvitationCode;
import org.exposuite.registration.domain.OrganizerAction;
import org.exposuite.registration.domain.Registration;
import org.exposuite.registration.domain.RegistrationStatus;
import org.exposuite.registration.security.RegistrationSecrets;
import org.hibernate.exception.ConstraintViolationException;

/** Registering for the expo, and everything attendees do with their own registration. */
@ApplicationScoped
public class RegistrationService {

    private static final String ACTIVE_EMAIL_CONSTRAINT = "registration_active_email_unique";
    private static final IdempotentOperation<RegistrationCreated> REGISTER = IdempotentOperation.named("register", RegistrationCreated.class);
    // Where an attendee manages the registration (with the secret in the answer).
    private static final URI MINE = URI.create("/api/registrations/me");

    @Inject
    Clock clock;

    @Inject
    ExpoConfig expo;

    @Inject
    Quotas quotas;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    BadgeRevocations revocations;

    @Inject
    RegistrationEvents events;

    @Inject
    CategoryCatalog catalog;

    @Inject
    RegistrationWrites writes;

    /**
     * Registers once per Idempotency-Key: the registration, the key with its answer and the places commit together.
     * The places are taken last, right before the commit, so the one row every registration of a category updates stays
     * locked for the commit alone; a full category or day rolls back everything written before, and the key stays free.
     */
    @Transactional
    public IdempotentAnswer<RegistrationCreated> register(NewRegistration request, String idempotencyKey) {
        IdempotentAnswer<RegistrationCreated> answer = idempotencyKeys.once(REGISTER, idempotencyKey, request,
                () -> IdempotentAnswer.created(MINE, create(request)));
        if (!answer.replayed()) {
            quotas.take(answer.body().category(), answer.body().days());
        }
        return answer;
    }

    /**
     * The registration path: the category's rules from memory, then only writes. The unique indexes refuse a second
     * active registration of one e-mail address, and the event for the organizers' webhooks is written in the same
     * transaction; the places follow in {@link #register}.
     */
    private RegistrationCreated create(NewRegistration request) {
        CategoryRules category = catalog.rulesOf(request.category()).orElseThrow(() -> unknownCategory(request.category()));
        Instant now = clock.instant();
        if (!category.onSaleAt(now)) {
            throw RegistrationProblem.SALE_CLOSED.with("Category '%s' is not on sale now.", category.code());
        }
        TreeSet<LocalDate> days = chooseDays(category.code(), category.allDays(), category.limitedDays(), request.days());
        Long invitationId = category.invitationOnly() ? writes.redeemInvitation(category, request.invitationCode()) : null;

        String secret = RegistrationSecrets.newSecret();
        Registration registration = new Registration();
        registration.id = UUID.randomUUID();
        registration.secretHash = SelfServiceSecret.hash(secret);
        registration.invitationCodeId = invitationId;
        registration.status = category.approvalRequired() ? RegistrationStatus.PENDING : RegistrationStatus.CONFIRMED;
        registration.days.addAll(days);
        registration.createdAt = now;
        registration.updatedAt = now;
        request.enterInto(registration, request.email().trim(), now);
        writes.insert(registration, category.id());
        List<LocalDate> registeredDays = List.copyOf(days);
        events.created(registration.id, category.code(), registeredDays, registration.status);
        return new RegistrationCreated(registration.id, registration.confirmationCode, secret, registration.status,
                category.code(), registeredDays);
    }

    @Transactional
    public RegistrationView view(UUID id) {
        return view(mine(id, false));
    }

    /**
     * New details replace the old; new days take places (guarded) and the days given up free theirs, all at once. The
     * details, e-mail address included, are written first and the places last, in the order a new registration keeps:
     * a change that waits for an address another transaction is registering holds no places that one still needs.
     */
    @Transactional
    public RegistrationView change(UUID id, RegistrationChange change) {
        Registration registration = mine(id, true);
        if (!registration.status.isActive()) {
            throw notPossible("change", registration.status);
        }
        String email = change.email().trim();
        if (!email.equalsIgnoreCase(registration.email) && Registration.activeWithEmail(email)) {
            throw RegistrationProblem.ALREADY_REGISTERED.problem();
        }
        Category category = registration.category;
        Set<LocalDate> limitedDays = Set.of();
        Set<LocalDate> freed = new TreeSet<>();
        Set<LocalDate> added = new TreeSet<>();
        if (change.days() != null) {
            limitedDays = limitedDays(category);
            TreeSet<LocalDate> days = chooseDays(category, limitedDays, change.days());
            freed.addAll(registration.days);
            freed.removeAll(days);
            added.addAll(days);
            added.removeAll(registration.days);
            registration.days.removeAll(freed);
            registration.days.addAll(added);
        }
        change.enterInto(registration, email);
        registration.updatedAt = clock.instant();
        persistActive(registration);
        quotas.changeDays(category, freed, added, limitedDays);
        return view(registration);
    }

    /** Cancels and frees the places at once; cancelling again changes nothing. */
    @Transactional
    public RegistrationView cancel(UUID id) {
        Registration registration = mine(id, true);
        if (registration.status == RegistrationStatus.CANCELLED) {
            return view(registration);
        }
        if (!registration.status.isActive()) {
            throw notPossible("cancel", registration.status);
        }
        end(registration, RegistrationStatus.CANCELLED, null);
        events.cancelled(registration, "attendee");
        return view(registration);
    }

    /** Ends an active registration for good: its places are freed and its badge is revoked. */
    void end(Registration registration, RegistrationStatus status, String reason) {
        registration.status = status;
        registration.decisionReason = reason;
        registration.updatedAt = clock.instant();
        quotas.release(registration.category, registration.days, limitedDays(registration.category));
        revocations.revoke(registration.id);
    }

    @Transactional
    public PersonalDataExport export(UUID id) {
        Registration registration = mine(id, false);
        String invitation = registration.invitationCodeId == null ? null
                : InvitationCode.<InvitationCode>findByIdOptional(registration.invitationCodeId).map(i -> i.code).orElse(null);
        List<PersonalDataExport.RecordedAction> actions = OrganizerAction.about(registration.id).stream()
                .map(a -> new PersonalDataExport.RecordedAction(a.at, a.action, a.detail))
                .toList();
        return new PersonalDataExport(clock.instant(), expo.name(), view(registration), invitation, actions);
    }

    /** Erases the person: the registration stays as an anonymous row so counts stay right; an active one frees its places. */
    @Transactional
    public void erase(UUID id) {
        Registration registration = mine(id, true);
        if (registration.status.isActive()) {
            quotas.release(registration.category, registration.days, limitedDays(registration.category));
        }
        registration.anonymize(SelfServiceSecret.hash(RegistrationSecrets.newSecret()), clock.instant());
        revocations.revoke(registration.id);
        events.erased(registration.id);
    }

    /** The attendee's own registration, by the id its secret opened; erased meanwhile, it answers 404 like a wrong secret. */
    Registration mine(UUID id, boolean forUpdate) {
        return Registration.<Registration>findByIdOptional(id, forUpdate ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .filter(r -> r.status != RegistrationStatus.ERASED).orElseThrow(RegistrationProblem.REGISTRATION_NOT_FOUND::problem);
    }

    /** The category a registration or a place in line names. */
    static Category categoryOf(NewRegistration request) {
        return Category.findByCode(request.category()).orElseThrow(() -> unknownCategory(request.category()));
    }

    private static HttpProblem unknownCategory(String code) {
        return RegistrationProblem.UNKNOWN_CATEGORY.builder("There is no category with code '%s'.", code).with("field", "category").build();
    }

    /** The registration's status does not allow the action. */
    static HttpProblem notPossible(String action, RegistrationStatus status) {
        return RegistrationProblem.REGISTRATION_STATE_CONFLICT.builder("Cannot %s a registration that is %s.", action, status)
                .with("registrationStatus", status.name()).build();
    }

    static Set<LocalDate> limitedDays(Category category) {
        return CategoryDay.ofCategory(category.id).stream().map(d -> d.day).collect(Collectors.toSet());
    }

    /**
     * The days a registration covers: every offered day for a pass that covers all; otherwise the chosen ones,
     * each of which must be offered (the category's limited days, or every expo day when it has no per-day limits).
     */
    TreeSet<LocalDate> chooseDays(Category category, Set<LocalDate> limitedDays, List<LocalDate> requested) {
        return chooseDays(category.code, category.allDays, limitedDays, requested);
    }

    private TreeSet<LocalDate> chooseDays(String categoryCode, boolean allDays, Set<LocalDate> limitedDays, List<LocalDate> requested) {
        Set<LocalDate> offered = limitedDays.isEmpty() ? Set.copyOf(expo.days()) : limitedDays;
        if (requested != null) {
            for (LocalDate day : requested) {
                if (!offered.contains(day)) {
                    throw RegistrationProblem.UNKNOWN_DAY.builder("The day %s is not offered.", day)
                            .with("field", "days").with("day", day.toString()).build();
                }
            }
        }
        if (allDays) {
            return new TreeSet<>(offered);
        }
        if (requested == null || requested.isEmpty()) {
            if (offered.size() == 1) {
                return new TreeSet<>(offered);
            }
            throw RegistrationProblem.DAYS_REQUIRED.builder("Category '%s' offers several days; choose at least one.", categoryCode)
                    .with("field", "days").build();
        }
        return new TreeSet<>(requested);
    }

    /** A new registration under a secret the caller hands out: it waits for approval where the category asks for it. */
    static Registration newRegistration(UUID id, Category category, String secret, Set<LocalDate> days, Instant now) {
        Registration registration = new Registration();
        registration.id = id;
        do {
            registration.confirmationCode = RegistrationSecrets.newConfirmationCode();
        } while (Registration.count("confirmationCode", registration.confirmationCode) > 0);
        registration.secretHash = SelfServiceSecret.hash(secret);
        registration.category = category;
        registration.status = category.approvalRequired ? RegistrationStatus.PENDING : RegistrationStatus.CONFIRMED;
        registration.days.addAll(days);
        registration.createdAt = now;
        registration.updatedAt = now;
        return registration;
    }

    static RegistrationCreated created(Registration registration, String secret) {
        return new RegistrationCreated(registration.id, registration.confirmationCode, secret, registration.status,
                registration.category.code, List.copyOf(new TreeSet<>(registration.days)));
    }

    /** The partial unique index decides between two concurrent registrations with the same e-mail address. */
    static void persistActive(Registration registration) {
        persistUnique(registration, ACTIVE_EMAIL_CONSTRAINT, RegistrationProblem.ALREADY_REGISTERED);
    }

    /** Persists now, so a concurrent twin that breaks the named unique index is answered with the problem. */
    static void persistUnique(PanacheEntityBase entity, String constraint, ProblemType duplicate) {
        try {
            entity.persistAndFlush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(constraint)) {
                throw duplicate.problem();
            }
            throw e;
        }
    }

    static RegistrationView view(Registration r) {
        Category c = r.category;
        return new RegistrationView(r.id, r.confirmationCode, r.status, c.code, c.nameEn, c.nameZh, List.copyOf(new TreeSet<>(r.days)),
                r.familyName, r.givenName, r.latinName, r.email, r.phone, r.organization, r.jobTitle, r.country,
                List.copyOf(r.interests), r.privacyPolicyAcceptedAt, r.shareContactWithExhibitors, r.decisionReason,
                r.createdAt, r.updatedAt);
    }
}
