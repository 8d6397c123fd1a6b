package org.exposuite.exhibitor.service;

import static org.exposuite.exhibitor.api.ExhibitorProblem.STAFF_MEMBER_BUSY;
import static org.exposuite.exhibitor.api.ExhibitorProblem.notEditable;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exposuite.exhibitor.api.ApplicationCreated;
import org.exposuite.exhibitor.api.ApplicationRequest;
import org.exposuite.exhibitor.api.ApplicationView;
import org.exposuite.exhibitor.api.ExhibitorApproved;
import org.exposuite.exhibitor.api.ExhibitorRejected;
import org.exposuite.exhibitor.api.ExhibitorSubmitted;
import org.exposuite.exhibitor.api.ExhibitorWithdrawn;
import org.exposuite.exhibitor.api.ReviewActionView;
import org.exposuite.exhibitor.client.BoothView;
import org.exposuite.exhibitor.client.PavilionBooths;
import org.exposuite.exhibitor.domain.Exhibitor.State;
import org.exposuite.exhibitor.domain.Exhibitor;
import org.exposuite.exhibitor.domain.ReviewAction;
import org.exposuite.exhibitor.security.ExhibitorRealm;
import org.exposuite.platform.idempotency.IdempotencyKeys;
import org.exposuite.platform.idempotency.IdempotentAnswer;
import org.exposuite.platform.idempotency.IdempotentOperation;
import org.exposuite.platform.secret.SelfServiceSecret;
import org.jboss.logging.Logger;

/** Applications as their companies manage them, and as organizers list them and decide on them. */
@ApplicationScoped
public class ApplicationService {

    static final String EXHIBITOR_ACTOR = "exhibitor";
    private static final Logger LOG = Logger.getLogger(ApplicationService.class);
    private static final IdempotentOperation<ApplicationCreated> APPLY = IdempotentOperation.named("apply", ApplicationCreated.class);
    // Where the applicant manages the application, and later the exhibitor profile, with the secret in the answer.
    private static final URI PROFILE = URI.create("/api/exhibitors/me");

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    ApplicationLifecycle lifecycle;

    @Inject
    PavilionBooths booths;

    @Inject
    StaffService staff;

    @Inject
    Clock clock;

    /** A new application in DRAFT; the answer carries the secret that manages it, shown this once (and to retries). */
    public IdempotentAnswer<ApplicationCreated> apply(ApplicationRequest request, String idempotencyKey) {
        return idempotencyKeys.once(APPLY, idempotencyKey, request, () -> IdempotentAnswer.created(PROFILE, create(request)));
    }

    /** Runs inside the transaction that also stores the Idempotency-Key's answer. */
    private ApplicationCreated create(ApplicationRequest request) {
        String secret = SelfServiceSecret.generate(ExhibitorRealm.PREFIX);
        Exhibitor exhibitor = new Exhibitor();
        exhibitor.id = UUID.randomUUID();
        exhibitor.state = State.DRAFT;
        exhibitor.secretHash = SelfServiceSecret.hash(secret);
        copy(request, exhibitor);
        exhibitor.updatedAt = clock.instant();
        exhibitor.persist();
        return new ApplicationCreated(exhibitor.id, exhibitor.state, secret);
    }

    @Transactional
    public ApplicationView view(UUID id) {
        return view(Exhibitor.application(id, LockModeType.NONE));
    }

    /** Changes the application while the organizers have not decided on it. */
    @Transactional
    public ApplicationView update(UUID id, ApplicationRequest request) {
        Exhibitor exhibitor = Exhibitor.application(id, LockModeType.PESSIMISTIC_WRITE);
        if (!exhibitor.state.isEditable()) {
            throw notEditable(exhibitor.state, "Changing the application");
        }
        copy(request, exhibitor);
        exhibitor.updatedAt = clock.instant();
        return view(exhibitor);
    }

    public ApplicationView submit(UUID id) {
        ApplicationLifecycle.Snapshot application = lifecycle.snapshot(id);
        Instant now = ApplicationLifecycle.decisionTime(clock);
        ExhibitorSubmitted event = new ExhibitorSubmitted(id, application.companyNameEn(), application.companyNameZh(),
                State.SUBMITTED, now);
        lifecycle.move(id, application.state(), new ApplicationLifecycle.Move(State.SUBMITTED, ReviewAction.Action.SUBMIT,
                EXHIBITOR_ACTOR, null, null, Map.of("submittedAt", now), event));
        return view(id);
    }

    /**
     * Approves onto a booth. pavilion-service assigns the booth first; only then does the application
     * become APPROVED. If that last step loses a race, the booth is vacated again, so nothing is half-done.
     */
    public ApplicationView approve(UUID id, String boothCode, String organizer) {
        ApplicationLifecycle.Snapshot application = lifecycle.snapshot(id);
        lifecycle.check(application, State.APPROVED);
        BoothView booth = booths.assign(boothCode, id.toString(), application.companyNameEn());
        String assigned = booth.code() != null ? booth.code() : boothCode;
        Instant now = ApplicationLifecycle.decisionTime(clock);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("boothCode", assigned);
        changes.put("pavilionCode", booth.pavilionCode());
        changes.put("boothAreaM2", booth.areaM2());
        changes.put("decidedAt", now);
        ExhibitorApproved event = new ExhibitorApproved(id, application.companyNameEn(), application.companyNameZh(), State.APPROVED,
                assigned, booth.pavilionCode(), now);
        try {
            lifecycle.move(id, application.state(), new ApplicationLifecycle.Move(State.APPROVED, ReviewAction.Action.APPROVE,
                    organizer, null, boothCode, changes, event));
        } catch (RuntimeException e) {
            vacateAfterFailedApproval(boothCode, id);
            throw e;
        }
        return view(id);
    }

    private void vacateAfterFailedApproval(String boothCode, UUID id) {
        try {
            booths.vacate(boothCode, id.toString());
        } catch (RuntimeException e) {
            LOG.errorf("approval of %s failed after booth %s was assigned, and vacating it failed too (%s): "
                    + "free the booth in pavilion-service by hand", id, boothCode, e.toString());
        }
    }

    public ApplicationView reject(UUID id, String reason, String organizer) {
        ApplicationLifecycle.Snapshot application = lifecycle.snapshot(id);
        Instant now = ApplicationLifecycle.decisionTime(clock);
        ExhibitorRejected event = new ExhibitorRejected(id, application.companyNameEn(), application.companyNameZh(), State.REJECTED,
                reason.strip(), now);
        lifecycle.move(id, application.state(), new ApplicationLifecycle.Move(State.REJECTED, ReviewAction.Action.REJECT,
                organizer, reason.strip(), null, Map.of("rejectionReason", reason.strip(), "decidedAt", now), event));
        return view(id);
    }

    /** How often a withdrawal clears staff members registered while it was under way before it gives up (409). */
    private static final int WITHDRAWAL_ROUNDS = 3;

    /**
     * Withdraws the application. An approved exhibitor's staff badges are revoked first (each staff row deleted once
     * its badge is), then its booth is vacated, then the state moves: every step is idempotent, so when
     * registration-service or pavilion-service cannot be reached the withdrawal fails (503), the exhibitor stays
     * approved (keeping its booth if that was not vacated yet), and a retry finishes the job.
     */
    public ApplicationView withdraw(UUID id) {
        ApplicationLifecycle.Snapshot application = lifecycle.snapshot(id);
        lifecycle.check(application, State.WITHDRAWN);
        ExhibitorWithdrawn event = new ExhibitorWithdrawn(id, application.companyNameEn(), application.companyNameZh(), State.WITHDRAWN,
                application.boothCode(), application.pavilionCode(), ApplicationLifecycle.decisionTime(clock));
        // The booth columns are empty unless the exhibitor was approved: clearing them is the booth given up.
        Map<String, Object> changes = new HashMap<>();
        changes.put("boothCode", null);
        changes.put("pavilionCode", null);
        changes.put("boothAreaM2", null);
        ApplicationLifecycle.Move move = new ApplicationLifecycle.Move(State.WITHDRAWN, ReviewAction.Action.WITHDRAW,
                EXHIBITOR_ACTOR, null, application.boothCode(), changes, event);
        // Only an approved exhibitor has staff and a booth to give up.
        if (application.state() != State.APPROVED) {
            lifecycle.move(id, application.state(), move);
            return view(id);
        }
        staff.removeAll(id);
        booths.vacate(application.boothCode(), id.toString());
        // A staff member registered meanwhile (the exhibitor was still approved) is withdrawn as well before the move.
        for (int round = 1; !lifecycle.moveWithoutStaff(id, application.state(), move); round++) {
            if (round == WITHDRAWAL_ROUNDS) {
                throw STAFF_MEMBER_BUSY.with("Staff members are being registered while withdrawing; withdraw again.");
            }
            staff.removeAll(id);
        }
        return view(id);
    }

    /** Applications for review, filtered; the pavilion filter matches requested and assigned pavilions. */
    @Transactional
    public List<ApplicationView> list(State state, String theme, String pavilion, String country, int page, int size) {
        QueryConditions where = new QueryConditions()
                .and("e.state = :state", "state", state)
                .and(":theme member of e.themes", "theme", theme)
                .and("(e.pavilionCode = :pavilion or :pavilion member of e.requestedPavilions)", "pavilion", pavilion)
                .and("e.country = :country", "country", country);
        return Exhibitor.<Exhibitor>find("from Exhibitor e" + where.where() + " order by e.createdAt, e.id", where.parameters())
                .page(Page.of(page, size)).list().stream().map(ApplicationService::view).toList();
    }

    @Transactional
    public List<ReviewActionView> history(UUID id) {
        Exhibitor.application(id, LockModeType.NONE);
        return ReviewAction.find("exhibitorId = ?1 order by actedAt, id", id).project(ReviewActionView.class).list();
    }

    private static void copy(ApplicationRequest request, Exhibitor exhibitor) {
        exhibitor.companyNameEn = request.companyNameEn().strip();
        exhibitor.companyNameZh = blankToNull(request.companyNameZh());
        exhibitor.country = request.country();
        exhibitor.website = blankToNull(request.website());
        exhibitor.description = blankToNull(request.description());
        exhibitor.contactName = request.contact().name().strip();
        exhibitor.contactEmail = request.contact().email().strip();
        exhibitor.contactPhone = blankToNull(request.contact().phone());
        exhibitor.themes.clear();
        if (request.themes() != null) {
            request.themes().forEach(theme -> exhibitor.themes.add(theme.strip()));
        }
        exhibitor.requestedPavilions.clear();
        if (request.requestedPavilions() != null) {
            exhibitor.requestedPavilions.addAll(request.requestedPavilions());
        }
        exhibitor.boothSizeM2 = request.boothSizeM2();
        exhibitor.boothType = request.boothType();
        exhibitor.beltAndRoadPartner = request.beltAndRoadPartner();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static ApplicationView view(Exhibitor e) {
        return new ApplicationView(e.id, e.state, e.companyNameEn, e.companyNameZh, e.country, e.website, e.description,
                new ApplicationRequest.ContactPerson(e.contactName, e.contactEmail, e.contactPhone),
                new ArrayList<>(e.themes), new ArrayList<>(e.requestedPavilions), e.boothSizeM2, e.boothType,
                e.beltAndRoadPartner, e.boothCode, e.pavilionCode, e.boothAreaM2, e.rejectionReason, e.submittedAt,
                e.decidedAt, e.createdAt);
    }
}
