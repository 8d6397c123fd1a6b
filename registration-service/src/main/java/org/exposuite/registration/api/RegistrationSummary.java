package org.exposuite.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.exposuite.registration.domain.RegistrationStatus;

/** One line of the organizers' registration list. */
public record RegistrationSummary(
        UUID id,
        String confirmationCode,
        RegistrationStatus status,
        String category,
        List<LocalDate> days,
        String familyName,
        String givenName,
        String latinName,
        String email,
        String organization,
        String country,
        Instant createdAt) {
}
