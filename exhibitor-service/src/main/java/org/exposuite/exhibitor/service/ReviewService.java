package org.exposuite.exhibitor.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.exposuite.exhibitor.api.ApplicationView;
import org.exposuite.exhibitor.api.ExhibitorApproved;
import org.exposuite.exhibitor.api.ExhibitorRejected;
import org.exposuite.exhibitor.client.BoothView;
import org.exposuite.exhibitor.client.PavilionBooths;
import org.exposuite.exhibitor.domain.Exhibitor.State;
import org.exposuite.exhibitor.domain.ReviewAction;
import org.jboss.logging.Logger;

/** The organizers' decisions on applications. */
@ApplicationScoped
public class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class);

    @Inject
    ApplicationLifecycle lifecycle;

    @Inject
    ApplicationService applications;

    @Inject
    PavilionBooths booths;

    @Inject
    Clock clock;

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
        return applications.view(id);
    }

    public ApplicationView reject(UUID id, String reason, String organizer) {
        ApplicationLifecycle.Snapshot application = lifecycle.snapshot(id);
        Instant now = ApplicationLifecycle.decisionTime(clock);
        Map<String, Object> changes = Map.of("rejectionReason", reason.strip(), "decidedAt", now);
        ExhibitorRejected event = new ExhibitorRejected(id, application.companyNameEn(), application.companyNameZh(), State.REJECTED,
                reason.strip(), now);
        lifecycle.move(id, application.state(), new ApplicationLifecycle.Move(State.REJECTED, ReviewAction.Action.REJECT,
                organizer, reason.strip(), null, changes, event));
        return applications.view(id);
    }

    private void vacateAfterFailedApproval(String boothCode, UUID id) {
        try {
            booths.vacate(boothCode, id.toString());
        } catch (RuntimeException e) {
            LOG.errorf("approval of %s failed after booth %s was assigned, and vacating it failed too (%s): "
                    + "free the booth in pavilion-service by hand", id, boothCode, e.toString());
        }
    }
}
