package org.exposuite.pavilion.api;

/** Body of {@code pavilion.reopened}: the people inside, now one below the safe limit. No badge or person. */
public record PavilionReopened(String pavilionCode, int occupancy, int safeOccupancy) {
}
