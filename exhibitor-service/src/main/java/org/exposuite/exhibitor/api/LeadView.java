package org.exposuite.exhibitor.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * A lead. {@code contact} is present only when the visitor shares it with exhibitors; {@code contactPending}
 * says the registration has not answered for the contact yet (so right after a first scan): it is filled in shortly
 * after, or once registration-service answers again.
 */
public record LeadView(UUID id, String registrationId, String category, Integer rating, String notes,
                       Instant firstScannedAt, Instant lastScannedAt, int scanCount, boolean contactPending,
                       @JsonInclude(JsonInclude.Include.NON_NULL) LeadContact contact) {
}
