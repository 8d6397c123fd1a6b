package org.exposuite.pavilion.rest;

import java.time.OffsetDateTime;

/** An attendee's seat at a session. */
public record ReservationView(long sessionId, String registrationId, OffsetDateTime reservedAt, int seatsLeft) {
}
