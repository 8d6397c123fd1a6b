package org.exposuite.pavilion.api;

/** Body of {@code session.reopened}: the session, its pavilion, its seats and the seats left now. No attendee. */
public record SessionReopened(long sessionId, String pavilionCode, int seatCapacity, int seatsLeft) {
}
