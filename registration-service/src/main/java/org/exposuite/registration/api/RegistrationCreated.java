package org.exposuite.registration.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.exposuite.registration.domain.RegistrationStatus;

/**
 * The answer to a registration. The secret is shown only here: it is the only way to manage the registration
 * (send it as "Authorization: Bearer …"); the service keeps nothing but its hash.
 */
public record RegistrationCreated(
        UUID id,
        String confirmationCode,
        String secret,
        RegistrationStatus status,
        String category,
        List<LocalDate> days) {
}
