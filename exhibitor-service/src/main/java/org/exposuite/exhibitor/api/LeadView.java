package org.exposuite.exhibitor.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * A lead. {@code contact} is present only when the visitor shares it with exhibitors; {@code contactPending}
 * says the last scan could not ask the registration, and scanning the badge again asks once more.
 */
public record LeadView(UUID id, String registrationId, String category, Integer rating, String notes,
                       Instant firstScannedAt, Instant lastScannedAt, int scanCount, boolean contactPending,
                       @JsonInclude(JsonInclude.Include.NON_NULL) LeadContact contact) {
}
