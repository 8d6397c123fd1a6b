package org.exposuite.registration.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.exposuite.registration.domain.WaitlistStatus;

/**
 * A place in line. The secret is shown only here: send it as "Authorization: Bearer wl_…" to see the position
 * and the offer, or to leave the list. Position 0 means an offer is already waiting.
 */
public record WaitlistJoined(UUID id, WaitlistStatus status, long position, String secret, String category, List<LocalDate> days) {
}
