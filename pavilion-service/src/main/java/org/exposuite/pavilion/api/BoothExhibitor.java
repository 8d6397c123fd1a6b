package org.exposuite.pavilion.api;

/**
 * Body of {@code booth.assigned} and {@code booth.vacated}: the booth, its pavilion and the exhibitor (exhibitor-service's
 * id) now on it or that left it.
 */
public record BoothExhibitor(String boothCode, String pavilionCode, String exhibitorId) {
}
