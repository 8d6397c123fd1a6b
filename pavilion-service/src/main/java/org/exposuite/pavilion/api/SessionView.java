package org.exposuite.pavilion.api;

import java.time.OffsetDateTime;
import java.util.List;

/** A session of the programme with its seats left; times in the expo's zone (+08:00). */
public record SessionView(
        long id,
        String kind,
        String titleEn,
        String titleZh,
        String theme,
        String pavilionCode,
        String stage,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        List<SpeakerEntry> speakers,
        int seatCapacity,
        int seatsTaken,
        int seatsLeft) {
}
