package org.exposuite.pavilion.api;

/** Body of {@code booth.assigned}: the booth, its pavilion and the exhibitor (exhibitor-service's id) now on it. */
public record BoothAssigned(String boothCode, String pavilionCode, String exhibitorId) {
}
