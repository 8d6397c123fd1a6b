package org.exposuite.pavilion.api;

/** Body of {@code pavilion.full}: the people inside, which is now the safe limit. No badge or person. */
public record PavilionFull(String pavilionCode, int occupancy, int safeOccupancy) {
}
