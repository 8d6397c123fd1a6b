package org.exposuite.pavilion.api;

/** Body of {@code session.full}: the session, its pavilion, and its seats, all of them reserved now. No attendee. */
public record SessionFull(long sessionId, String pavilionCode, int seatCapacity) {
}
