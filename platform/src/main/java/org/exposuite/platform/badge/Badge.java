package org.exposuite.platform.badge;

import java.time.LocalDate;
import java.util.List;

/** What a verified badge says: whose registration it is, its category and the expo days it admits on. */
public record Badge(String registrationId, String category, List<LocalDate> days) {

    public Badge {
        days = List.copyOf(days);
    }

    public boolean admitsOn(LocalDate day) {
        return days.contains(day);
    }
}
