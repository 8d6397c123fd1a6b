package org.exposuite.pavilion.api;

import java.time.OffsetDateTime;

/** An attendee's seat at a session. */
public record ReservationView(long sessionId, String registrationId, OffsetDateTime reservedAt, int seatsLeft) {
}
