package org.exposuite.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A category as the public sees it, with the places that remain overall and per day. */
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
        boolean onSale,
        boolean allDays,
        List<DayView> days) {

    /** A day the category offers; a category without per-day limits lists every expo day with its overall remaining. */
    public record DayView(LocalDate day, int capacity, int remaining) {
    }
}
