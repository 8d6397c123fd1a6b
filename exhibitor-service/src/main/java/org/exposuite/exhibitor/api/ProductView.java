package org.exposuite.exhibitor.api;

import java.util.UUID;

/** A product in the catalogue, with the exhibitor and booth where visitors find it. */
public record ProductView(
        UUID id,
        UUID exhibitorId,
        String exhibitorName,
        String name,
        String description,
        String category,
        String theme,
        String imageUrl,
        String pavilionCode,
        String boothCode) {
}
