package org.exposuite.pavilion.api;

/** Body of {@code pavilion.full} and {@code pavilion.reopened}: the people inside and the safe limit. No badge or person. */
public record PavilionCrowd(String pavilionCode, int occupancy, int safeOccupancy) {
}
