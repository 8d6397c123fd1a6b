package org.exposuite.pavilion.api;

/** Body of {@code booth.vacated}: the booth, its pavilion and the exhibitor (exhibitor-service's id) that left it. */
public record BoothVacated(String boothCode, String pavilionCode, String exhibitorId) {
}
