package org.exposuite.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.exposuite.registration.domain.WaitlistStatus;

/** Where a person stands in line; while an offer is open, the token that accepts it and until when. */
public record WaitlistView(UUID id, WaitlistStatus status, Long position, String category, List<LocalDate> days,
                           Offer offer, UUID registrationId) {

    /** Accept with POST /api/waitlist/offers/{token}/acceptance before expiresAt. */
    public record Offer(String token, String acceptance, Instant expiresAt) {
    }
}
