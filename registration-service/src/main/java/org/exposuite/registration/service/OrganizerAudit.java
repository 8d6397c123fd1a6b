package org.exposuite.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.exposuite.registration.domain.OrganizerAction;

/** Records each organizer action in the same transaction as the action itself, so neither exists without the other. */
@ApplicationScoped
public class OrganizerAudit {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, UUID registrationId, String categoryCode, String detail) {
        OrganizerAction entry = new OrganizerAction();
        entry.actor = actor;
        entry.at = clock.instant();
        entry.action = action;
        entry.registrationId = registrationId;
        entry.categoryCode = categoryCode;
        entry.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        entry.persist();
    }
}
