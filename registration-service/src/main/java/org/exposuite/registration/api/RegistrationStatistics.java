package org.exposuite.registration.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Counts for the organizers: by status, category, day and country, with the places that remain. */
public record RegistrationStatistics(
        long total,
        long active,
        Map<String, Long> byStatus,
        List<CategoryCount> categories,
        List<DayCount> days,
        List<CountryCount> countries) {

    /** Active registrations of a category hold its taken places; remaining = capacity - taken. */
    public record CategoryCount(String code, String nameEn, int capacity, int taken, int remaining, Map<String, Long> byStatus) {
    }

    /** Active registrations for one day, and the per-day limits of the categories on that day. */
    public record DayCount(LocalDate day, long active, List<DayLimit> limits) {
    }

    public record DayLimit(String category, int capacity, int taken, int remaining) {
    }

    public record CountryCount(String country, long active) {
    }
}
