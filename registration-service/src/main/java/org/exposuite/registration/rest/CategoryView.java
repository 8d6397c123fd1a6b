package org.exposuite.registration.rest;

import java.time.Instant;

/** A category as the public sees it, with the places that remain. */
public record CategoryView(
        String code,
        String nameEn,
        String nameZh,
        String description,
        int capacity,
        int remaining,
        boolean approvalRequired,
        boolean invitationOnly,
        Instant salesOpenAt,
        Instant salesCloseAt,
        boolean onSale) {
}
