package org.exposuite.registration.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedSet;

/**
 * What a registration needs to know about its category before it takes a place: everything but the places themselves,
 * which only the guarded statements answer.
 *
 * @param limitedDays the days with a limit of their own, in order; empty when the category's capacity covers every expo day
 */
public record CategoryRules(long id, String code, boolean approvalRequired, boolean invitationOnly, boolean allDays,
                            Instant salesOpenAt, Instant salesCloseAt, SortedSet<LocalDate> limitedDays) {

    public boolean onSaleAt(Instant now) {
        return (salesOpenAt == null || !now.isBefore(salesOpenAt)) && (salesCloseAt == null || now.isBefore(salesCloseAt));
    }
}
