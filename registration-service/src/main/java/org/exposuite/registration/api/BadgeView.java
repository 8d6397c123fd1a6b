package org.exposuite.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The attendee's badge: the signed token (the QR code's content) and what is printed beside it. */
public record BadgeView(
        UUID registrationId,
        String token,
        String familyName,
        String givenName,
        String latinName,
        String organization,
        String category,
        String categoryNameEn,
        String categoryNameZh,
        List<LocalDate> days,
        Instant expiresAt) {
}
