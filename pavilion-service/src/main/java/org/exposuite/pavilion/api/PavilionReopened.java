package org.exposuite.pavilion.api;

/** Body of {@code pavilion.reopened}: the people inside, now below the safe limit. No badge or person. */
public record PavilionReopened(String pavilionCode, int occupancy, int safeOccupancy) {
}
