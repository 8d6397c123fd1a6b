package org.exposuite.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.exposuite.platform.time.ExpoEdition;
import org.exposuite.registration.api.BadgeView;
import org.exposuite.registration.api.RegistrationProblem;
import org.exposuite.registration.domain.Registration;
import org.exposuite.registration.domain.RegistrationStatus;
import org.exposuite.registration.security.BadgeTokens;

/**
 * Badges of confirmed registrations. A pending registration gets no badge until it is approved (so a gate never
 * sees one); a cancelled, rejected or erased one gets none, and its earlier badges are on the revocation list.
 */
@ApplicationScoped
public class Badges {

    @Inject
    Clock clock;

    @Inject
    ExpoConfig expo;

    @Inject
    ExpoEdition edition;

    @Inject
    BadgeTokens tokens;

    @Inject
    RegistrationService registrations;

    @Transactional
    public BadgeView mine(UUID registrationId) {
        return badge(registrations.mine(registrationId, false));
    }

    public BadgeView badge(Registration registration) {
        if (registration.status != RegistrationStatus.CONFIRMED) {
            throw registration.status == RegistrationStatus.PENDING
                    ? RegistrationProblem.BADGE_NOT_ISSUED.with("The registration is pending approval; its badge is issued once it is approved.")
                    : RegistrationProblem.BADGE_NOT_ISSUED.with("The registration is %s and has no badge.", registration.status);
        }
        List<LocalDate> days = List.copyOf(new TreeSet<>(registration.days));
        Instant expiresAt = expiresAt();
        String token = tokens.sign(registration.id, registration.category.code, days, clock.instant(), expiresAt);
        return new BadgeView(registration.id, token, registration.familyName, registration.givenName, registration.latinName,
                registration.organization, registration.category.code, registration.category.nameEn, registration.category.nameZh,
                days, expiresAt);
    }

    /** Badges stay valid a while after the expo (last day plus the configured period, to the end of that day). */
    public Instant expiresAt() {
        LocalDate lastDay = Collections.max(expo.days());
        return lastDay.plusDays(1).atStartOfDay(edition.zone()).plus(expo.badge().validAfterExpo()).toInstant();
    }
}
