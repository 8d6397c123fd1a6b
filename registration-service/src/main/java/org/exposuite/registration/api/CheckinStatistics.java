package org.exposuite.registration.api;

import java.time.LocalDate;
import java.util.List;

/** The gates on one day: admitted entries and exits, refusals, distinct visitors, and how many are inside now. */
public record CheckinStatistics(LocalDate day, long entries, long exits, long denied, long uniqueVisitors, long insideNow,
                                List<GateCount> gates) {

    public record GateCount(String gate, long entries, long exits, long denied, long uniqueVisitors) {
    }
}
