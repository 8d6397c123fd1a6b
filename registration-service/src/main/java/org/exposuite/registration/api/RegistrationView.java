package org.exposuite.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.exposuite.registration.domain.PavilionTheme;
import org.exposuite.registration.domain.RegistrationStatus;

/** A registration in full, as its attendee and the organizers see it. */
public record RegistrationView(
        UUID id,
        String confirmationCode,
        RegistrationStatus status,
        String category,
        String categoryNameEn,
        String categoryNameZh,
        List<LocalDate> days,
        String familyName,
        String givenName,
        String latinName,
        String email,
        String phone,
        String organization,
        String jobTitle,
        String country,
        List<PavilionTheme> interests,
        Instant privacyPolicyAcceptedAt,
        boolean shareContactWithExhibitors,
        String decisionReason,
        Instant createdAt,
        Instant updatedAt) {
}
